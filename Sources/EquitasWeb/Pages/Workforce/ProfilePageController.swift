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

    /// `?snapshot=YYYY-MM-DD` picks a snapshot; an unknown or malformed one is 404.
    func profile(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        let input = try await EqualityInformationLoader(db: req.db).input(organisationId: organisationId, date: req.today)
        var selected: CalendarDate?
        if let raw: String = req.query["snapshot"], !raw.isEmpty {
            guard let date = CalendarDate(raw), input.snapshots.contains(where: { $0.snapshot.date == date }) else {
                throw NotFound(entity: "workforce snapshot", id: raw)
            }
            selected = date
        }
        let page = ProfilePage(
            organisation: try await OrganisationStore(db: req.db).get(organisationId),
            snapshots: input.snapshots.map(\.snapshot.date).sorted(),
            overview: WorkforceOverview.build(
                snapshots: input.snapshots, selected: selected, community: input.communityProfile, control: input.disclosureControl),
            community: input.communityProfile)
        return PageResponse.make(page.layout(), for: req)
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
