import EquitasCore
import EquitasPersistence
import Vapor

/// The good-practice library's pages: `GET /library` (search) and
/// `GET /library/similar/:entryID`. Open to everyone, as the API is; each viewer finds
/// only what they may see (the public: published challenges), and an entry beyond
/// that is the site's one "Page not found".
struct LibraryPageController: DeclaredRouteCollection {
    static let path = Site.library.path

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.library, use: search)
        try routes.on(Site.librarySimilarItem, use: similar)
    }

    func search(req: Request) async throws -> Response {
        let input = try LibraryPageInput(req)
        let visibility = try await req.libraryVisibility()
        var found: LibrarySearchPage.Results?
        if let query = input.query, input.errors.isEmpty {
            let results = try await req.librarySearch.search(
                query, filter: input.filter, visibility: visibility, page: try PageRequest(page: input.page, per: LibraryPageInput.per))
            found = LibrarySearchPage.Results(results: results, items: try await LibraryResultItems.make(results.hits, req: req))
        }
        let layout = LibrarySearchPage.layout(input, results: found, catalog: req.catalog, publicOnly: visibility == .published(and: []))
        return PageResponse.make(layout, for: req, status: input.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func similar(req: Request) async throws -> Response {
        guard let id = UUID(uuidString: req.parameters.get("entryID") ?? "") else { throw NotFound(entity: "finding or recommendation", id: "") }
        guard let found = try await req.librarySearch.similar(to: id, visibility: try await req.libraryVisibility()) else {
            throw NotFound(entity: "finding or recommendation", id: id.uuidString)
        }
        let items = try await LibraryResultItems.make([found.origin] + found.similar, req: req)
        return PageResponse.make(LibrarySimilarPage.layout(origin: items[0], similar: Array(items.dropFirst())), for: req)
    }
}
