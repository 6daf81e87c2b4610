import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The whole directory as the pages need it: every organisation (for tables and
/// drop-downs) and every person, sorted by name as the stores sort them.
enum DirectoryQueries {
    static func organisations(_ req: Request) async throws -> [Identified<Organisation>] {
        let store = OrganisationStore(db: req.db)
        return try await PublicQueries.all { page in try await store.list(page) }
    }

    static func people(_ req: Request, organisationId: UUID? = nil) async throws -> [Identified<Person>] {
        let store = PersonStore(db: req.db)
        return try await PublicQueries.all { page in try await store.list(page, organisationId: organisationId) }
    }

    /// Organisations as drop-down options, after a first option that chooses none.
    static func options(_ organisations: [Identified<Organisation>], none: String) -> [(value: String, words: String)] {
        [("", none)] + organisations.map { ($0.id.uuidString.lowercased(), $0.value.name) }
    }
}
