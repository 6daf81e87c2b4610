import EquitasCore
import FluentKit
import Foundation

/// A row in one of a council's own registers (equality objectives, committee meetings).
protocol CouncilRegisterRow: ValueRow {
    var organisationId: UUID { get }
    /// The register's order, before the id that makes it total.
    static var order: [FieldKey] { get }
    static func organisation(of value: Value) -> UUID
}

/// What a council's registers share: every call but `insert` names the council, so an
/// id from one council's register reaches nothing in another's; a record stays in the
/// register it began in; every write is one transaction.
struct CouncilRegister<Row: CouncilRegisterRow> {
    let db: any Database

    func list(organisationId: UUID) async throws -> [Identified<Row.Value>] {
        guard try await OrganisationRow.exists(organisationId, on: db) else { throw NotFound(entity: OrganisationRow.noun, id: organisationId) }
        var query = Row.query(on: db).filter("organisation_id", .equal, organisationId)
        for key in Row.order { query = query.sort(key) }
        return try await query.sort(.id).all().map { try $0.identified() }
    }

    func get(organisationId: UUID, id: UUID) async throws -> Identified<Row.Value> {
        try await row(organisationId: organisationId, id: id).identified()
    }

    /// `valid` has passed its rules; its council must exist and the id be unused.
    func insert(_ valid: Row.Value, id: UUID) async throws -> Identified<Row.Value> {
        try await db.transaction { db in
            let organisationId = Row.organisation(of: valid)
            guard try await OrganisationRow.exists(organisationId, on: db) else {
                throw ValidationFailure(path: "organisation_id", message: NotFound(entity: OrganisationRow.noun, id: organisationId).description)
            }
            guard try await !Row.exists(id, on: db) else {
                throw ValidationFailure(path: "id", message: "\(id.uuidString.lowercased()) is already used by another \(Row.noun)")
            }
            try await Row(id: id, value: valid).create(on: db)
            return Identified(id: id, value: valid)
        }
    }

    /// Replaces the record with what `change` makes of it (validated there), in one
    /// transaction with the read, so a change built on the stored value sees the latest.
    func replace(
        organisationId: UUID, id: UUID, _ change: @escaping @Sendable (Row.Value) throws -> Row.Value
    ) async throws -> Identified<Row.Value> {
        try await db.transaction { db in
            let row = try await CouncilRegister(db: db).row(organisationId: organisationId, id: id)
            let valid = try change(try row.value())
            guard Row.organisation(of: valid) == organisationId else {
                throw RuleViolation("a \(Row.noun) stays in the register of the council it was made for")
            }
            row.apply(valid)
            try await row.update(on: db)
            return Identified(id: id, value: valid)
        }
    }

    func delete(organisationId: UUID, id: UUID) async throws {
        try await db.transaction { db in
            try await CouncilRegister(db: db).row(organisationId: organisationId, id: id).delete(on: db)
        }
    }

    func count(organisationId: UUID) async throws -> Int {
        try await Row.query(on: db).filter("organisation_id", .equal, organisationId).count()
    }

    private func row(organisationId: UUID, id: UUID) async throws -> Row {
        let row = try await Row.query(on: db).filter(.id, .equal, id).filter("organisation_id", .equal, organisationId).first()
        guard let row else { throw NotFound(entity: Row.noun, id: id) }
        return row
    }
}

extension EqualityObjectiveRow: CouncilRegisterRow {
    static var order: [FieldKey] { ["adopted", "title"] }
    static func organisation(of value: EqualityObjective) -> UUID { value.organisationId }
}

extension CommitteeMeetingRow: CouncilRegisterRow {
    static var order: [FieldKey] { ["date", "committee"] }
    static func organisation(of value: CommitteeMeeting) -> UUID { value.organisationId }
}
