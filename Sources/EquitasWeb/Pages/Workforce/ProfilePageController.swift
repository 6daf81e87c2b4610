import EquitasCore
import EquitasPersistence
import EquitasRender
import Foundation
import Vapor

/// The profile and equality report pages. Access is the routes' own
/// (`.organisationData(.workforce)`, with the `:organisationID` they name).
struct ProfilePageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.organisationWorkforceProfile, use: profile)
        try routes.on(Site.organisationWorkforceEqualityReport, use: equalityReport)
        try routes.on(Site.organisationWorkforceEqualityReportDownload, use: download)
    }

    /// `?snapshot=YYYY-MM-DD` picks a snapshot; an unknown or malformed one is 404. Made
    /// from the snapshots' tallies and kept rendered under the workforce stamp (ADR 0004),
    /// so an unchanged profile costs the stamp's query.
    func profile(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        var selected: CalendarDate?
        if let raw: String = req.query["snapshot"], !raw.isEmpty {
            guard let date = CalendarDate(raw) else { throw NotFound(entity: "workforce snapshot", id: raw) }
            selected = date
        }
        let make = { () async throws -> PageLayout in
            let data = try await EqualityInformationLoader(db: req.db).profile(organisationId: organisationId, snapshot: selected)
            return ProfilePage(organisation: data.organisation, snapshots: data.snapshots, overview: data.overview, community: data.community).layout()
        }
        guard let stamp = try await ChangeStamps(db: req.db).workforce() else { return PageResponse.make(try await make(), for: req) }
        return try await req.keptPage("workforce-profile", organisationId, stamp: stamp, make: make)
    }

    func equalityReport(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        let input = try await EqualityInformationLoader(db: req.db).input(organisationId: organisationId, date: req.today)
        let page = EqualityReportPage(
            organisation: try await OrganisationStore(db: req.db).get(organisationId), document: EqualityInformationReportBuilder.build(input))
        return PageResponse.make(page.layout(), for: req)
    }

    func download(req: Request) async throws -> Response {
        let format = try req.optionalQuery("format", as: ReportFormat.self) ?? .docx
        let rendered = try await EqualityInformationLoader(db: req.db).report(organisationId: try req.organisationID, format: format, date: req.today)
        return ReportDocumentController.response(rendered)
    }
}
