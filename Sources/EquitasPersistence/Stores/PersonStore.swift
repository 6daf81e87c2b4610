import EquitasCore
import FluentKit
import Foundation

/// People: peers, council contacts, lead officers.
public struct PersonStore: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    private var rows: ValueStore<PersonRow> { ValueStore(db: db) }

    public func list(_ page: EquitasCore.PageRequest, organisationId: UUID? = nil) async throws -> EquitasCore.Page<Identified<Person>> {
        let query = PersonRow.query(on: db)
        if let organisationId {
            query.filter("organisation_id", .equal, organisationId)
        }
        return try await rows.list(page, query)
    }

    public func get(_ id: UUID) async throws -> Identified<Person> {
        try await rows.get(id)
    }

    public func create(_ value: Person, id: UUID = UUID()) async throws -> Identified<Person> {
        try await db.transaction { db in
            try await ValueStore<PersonRow>(db: db).insert(try await Self.checked(value, on: db), id: id)
        }
    }

    public func update(_ id: UUID, _ value: Person) async throws -> Identified<Person> {
        try await db.transaction { db in
            try await ValueStore<PersonRow>(db: db).replace(id, with: try await Self.checked(value, on: db))
        }
    }

    /// Refused while the person is on a challenge's team (the team is part of the
    /// record), leads an action (the plan would lose who answers for it), or is the person
    /// behind an account (a peer's access follows the teams of that person).
    public func delete(_ id: UUID) async throws {
        try await db.transaction { db in
            let row = try await PersonRow.require(id, on: db)
            let teams = try await TeamMemberRow.query(on: db).filter("person_id", .equal, id).count()
            guard teams == 0 else {
                throw RuleViolation("\(row.name) is on the team of \(teams) challenge\(teams == 1 ? "" : "s"); take them off first")
            }
            let actions = try await PlanActionRow.query(on: db).filter("lead_id", .equal, id).count()
            guard actions == 0 else {
                throw RuleViolation("\(row.name) leads \(actions) action\(actions == 1 ? "" : "s") in an action plan; give them another lead first")
            }
            let accounts = try await AccountRow.query(on: db).filter("person_id", .equal, id).count()
            guard accounts == 0 else {
                throw RuleViolation("\(row.name) signs in through \(accounts) account\(accounts == 1 ? "" : "s"); detach or remove the account first")
            }
            try await row.delete(on: db)
        }
    }

    /// The person with exactly this name at this organisation (or at none), created if
    /// there is none. An existing person's job title is left as it is.
    public func findOrCreate(name: String, organisationId: UUID?, jobTitle: String? = nil) async throws -> Identified<Person> {
        try await db.transaction { db in
            let valid = try await Self.checked(Person(name: name, organisationId: organisationId, jobTitle: jobTitle), on: db)
            let query = PersonRow.query(on: db).filter("name", .equal, valid.name)
            if let organisationId {
                query.filter("organisation_id", .equal, organisationId)
            } else {
                query.filter(.path(["organisation_id"], schema: PersonRow.schema), .equal, .null)
            }
            if let existing = try await query.sort(.id).first() {
                return try existing.identified()
            }
            return try await ValueStore<PersonRow>(db: db).insert(valid, id: UUID())
        }
    }

    private static func checked(_ value: Person, on db: any Database) async throws -> Person {
        let valid = try value.validated()
        if let organisation = valid.organisationId, try await !OrganisationRow.exists(organisation, on: db) {
            throw ValidationFailure(path: "organisation_id", message: NotFound(entity: OrganisationRow.noun, id: organisation).description)
        }
        return valid
    }
}
