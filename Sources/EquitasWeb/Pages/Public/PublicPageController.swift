import EquitasCore
import EquitasPersistence
import EquitasRender
import Vapor

/// The pages anyone may read without signing in: what Equitas is, the published
/// challenges with their final reports, and the register of awards. Nothing here may
/// show a challenge before it is published.
struct PublicPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.home, use: home)
        try routes.on(Site.published, use: published)
        try routes.on(Site.publishedReport, use: report)
        try routes.on(Site.accreditations, use: accreditations)
    }

    func home(req: Request) async throws -> Response {
        PageResponse.make(HomePage.layout(), for: req)
    }

    func published(req: Request) async throws -> Response {
        let listing = try await PublishedListing.load(db: req.db, catalog: req.catalog)
        return PageResponse.make(PublishedPage.layout(listing), for: req)
    }

    /// The final report only, and only once the challenge is published: a draft, an
    /// unpublished challenge and an unknown id all get the same 404.
    func report(req: Request) async throws -> Response {
        guard let format = PublishedFormat(query: req.query["format"]) else {
            return PageResponse.make(PublishedPage.badFormat(), for: req, status: .badRequest)
        }
        guard let id = UUID(uuidString: req.parameters.get("challengeID") ?? "") else { return PageResponse.notFound() }
        do {
            guard try await ChallengeStore(db: req.db, catalog: req.catalog).get(id).value.status == .published else {
                return PageResponse.notFound()
            }
            let rendered = try await ReportExport.render(
                challengeId: id, choice: .final, format: format.reportFormat, db: req.db, catalog: req.catalog, today: req.today)
            let response = ReportDocumentController.response(rendered, inline: format == .html)
            response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
            return response
        } catch is NotFound {
            return PageResponse.notFound()
        }
    }

    func accreditations(req: Request) async throws -> Response {
        let filter = AccreditationFilter(raw: req.query["expiring_before"])
        let register = try await AccreditationRegister.load(expiringBefore: filter.day, db: req.db, catalog: req.catalog)
        return PageResponse.make(AccreditationsPage.layout(register, filter: filter), for: req, status: filter.error == nil ? .ok : .badRequest)
    }
}
