import EquitasCore
import EquitasPersistence
import FluentKit
import Foundation

/// The organisations and people the challenge forms offer as choices, and their names
/// for tables. The directory is small (councils and their peers), so it is read whole.
struct DirectoryLookup: Sendable {
    var organisations: [Identified<Organisation>]
    var people: [Identified<Person>]

    static func load(_ db: any Database) async throws -> DirectoryLookup {
        let organisations = OrganisationStore(db: db)
        let people = PersonStore(db: db)
        return DirectoryLookup(
            organisations: try await PublicQueries.all { try await organisations.list($0) },
            people: try await PublicQueries.all { try await people.list($0) })
    }

    func organisationName(_ id: UUID?) -> String? {
        guard let id else { return nil }
        return organisations.first { $0.id == id }?.value.name
    }

    func personName(_ id: UUID) -> String {
        people.first { $0.id == id }?.value.name ?? "Someone no longer in the directory"
    }

    func person(_ id: UUID) -> Person? { people.first { $0.id == id }?.value }

    func councilNames(_ ids: [UUID]) -> [String] {
        ids.map { organisationName($0) ?? "An organisation no longer in the directory" }
    }
}
