import EquitasCore
import EquitasPersistence
import Vapor

/// The good-practice library's API: `GET /library/search` and
/// `GET /library/entries/{entryID}/similar`. Open to everyone, as the register of
/// published reports is; what each caller finds is limited to the challenges it may
/// see, so an entry beyond them is simply not found.
struct LibraryController: DeclaredRouteCollection {
    /// Fewer per page than elsewhere: each hit carries its challenge.
    static let defaultPer = 20

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.librarySearch, use: search)
        try routes.on(API.libraryEntrySimilar, use: similar)
    }

    func search(req: Request) async throws -> Response {
        let input = try LibrarySearchInput(req)
        let page = try PageRequest(page: req.intQuery("page"), per: req.intQuery("per") ?? Self.defaultPer)
        let results = try await req.librarySearch.search(
            input.query, filter: input.filter, visibility: try await req.libraryVisibility(), page: page)
        return try JSONResponse.make(LibrarySearchView(results, catalog: req.catalog))
    }

    func similar(req: Request) async throws -> Response {
        let id = try req.id("entryID", entity: "finding or recommendation")
        let limit = try req.intQuery("limit") ?? 10
        guard (1...50).contains(limit) else { throw ValidationFailure(path: "limit", message: "between 1 and 50") }
        guard let found = try await req.librarySearch.similar(to: id, visibility: try await req.libraryVisibility(), limit: limit) else {
            throw NotFound(entity: "finding or recommendation", id: id.uuidString)
        }
        return try JSONResponse.make(LibrarySimilarView(origin: found.origin, similar: found.similar, catalog: req.catalog))
    }
}
