import EquitasCore
import EquitasPersistence
import Vapor

/// A library search as the API and the search page receive it: `q` and the filters
/// (`module`, `kind`, `level`, `year`, `organisation_type`, `framework`) as query
/// parameters, each checked and a bad one named.
struct LibrarySearchInput {
    var text: String
    var query: LibraryQuery
    var filter: LibrarySearchFilter

    static let filterNames = ["module", "kind", "level", "year", "organisation_type", "framework"]

    init(_ req: Request) throws {
        let raw: (String) -> String? = { req.query[String.self, at: $0] }
        text = raw("q") ?? ""
        query = try LibraryQuery.parse(text)
        filter = try LibrarySearchFilter.parse(
            module: raw("module"), kind: raw("kind"), level: raw("level"), year: raw("year"),
            organisationType: raw("organisation_type"), framework: raw("framework"))
    }
}

extension Request {
    /// What this request's actor may find in the library.
    func libraryVisibility() async throws -> LibraryVisibility {
        try await LibraryVisibility.of(actor, facts: AccessFacts(db: db))
    }

    var librarySearch: LibrarySearchStore { LibrarySearchStore(db: db) }
}
