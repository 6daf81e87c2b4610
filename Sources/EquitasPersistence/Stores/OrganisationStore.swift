import EquitasCore
import FluentKit
import Foundation

/// Organisations: councils, trusts, and the bodies peers come from.
public struct OrganisationStore: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    private var rows: ValueStore<OrganisationRow> { ValueStore(db: db) }

    public func list(_ page: EquitasCore.PageRequest, nameContains: String? = nil) async throws
        -> EquitasCore.Page<Identified<Organisation>>
    {
        let query = OrganisationRow.query(on: db)
        if let text = Text.optional(nameContains) {
            query.filter(ValueStore<OrganisationRow>.contains(text, in: "name"))
        }
        return try await rows.list(page, query)
    }

    public func get(_ id: UUID) async throws -> Identified<Organisation> {
        try await rows.get(id)
    }

    public func create(_ value: Organisation, id: UUID = UUID()) async throws -> Identified<Organisation> {
        try await rows.insert(try value.validated(), id: id)
    }

    public func update(_ id: UUID, _ value: Organisation) async throws -> Identified<Organisation> {
        try await rows.replace(id, with: try value.validated())
    }

    /// Refused while a challenge, a person, an action plan, an account or a record in one
    /// of its registers (impact assessments, equality objectives, committee meetings) refers to the
    /// organisation: deleting it would silently rewrite a report, orphan a plan, or
    /// leave a council's officers belonging to no council.
    public func delete(_ id: UUID) async throws {
        try await db.transaction { db in
            let row = try await OrganisationRow.require(id, on: db)
            let challenges = try await ChallengeOrganisationRow.query(on: db).filter("organisation_id", .equal, id).count()
            let people = try await PersonRow.query(on: db).filter("organisation_id", .equal, id).count()
            let plans = try await ActionPlanRow.query(on: db).filter("organisation_id", .equal, id).count()
            let accounts = try await AccountRow.query(on: db).filter("organisation_id", .equal, id).count()
            let assessments = try await ImpactAssessmentRow.query(on: db).filter("organisation_id", .equal, id).count()
            let objectives = try await CouncilRegister<EqualityObjectiveRow>(db: db).count(organisationId: id)
            let meetings = try await CouncilRegister<CommitteeMeetingRow>(db: db).count(organisationId: id)
            guard challenges == 0, people == 0, plans == 0, accounts == 0, assessments == 0, objectives == 0, meetings == 0 else {
                let uses = [
                    Self.count(challenges, "challenge"), Self.count(people, "person", "people"), Self.count(plans, "action plan"),
                    Self.count(accounts, "account"), Self.count(assessments, "impact assessment"),
                    Self.count(objectives, "equality objective"), Self.count(meetings, "committee meeting"),
                ].compactMap { $0 }
                throw RuleViolation("\(row.name) is named by \(uses.joined(separator: " and ")); remove those first")
            }
            try await row.delete(on: db)
        }
    }

    /// The organisation with exactly this name, created if there is none. Importing a
    /// challenge reuses the councils already known rather than duplicating them.
    public func findOrCreate(_ value: Organisation) async throws -> Identified<Organisation> {
        let valid = try value.validated()
        if let existing = try await OrganisationRow.query(on: db).filter("name", .equal, valid.name).sort(.id).first() {
            return try existing.identified()
        }
        return try await rows.insert(valid, id: UUID())
    }

    private static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String? {
        n == 0 ? nil : "\(n) \(n == 1 ? one : many ?? one + "s")"
    }
}
