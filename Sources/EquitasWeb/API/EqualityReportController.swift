import EquitasCore
import EquitasRender
import Foundation
import Vapor

/// A council's annual equality information report as a file: `?format=docx|pdf|html|md`
/// (HTML by default), `?date=YYYY-MM-DD` for the report's date (today by default).
struct EqualityReportController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.organisationEqualityReport, use: report)
    }

    func report(req: Request) async throws -> Response {
        let format = try req.optionalQuery("format", as: ReportFormat.self) ?? .html
        try ReportRendering.checkDocumentFormat(format)
        let rendered = try await EqualityInformationLoader(db: req.db)
            .report(organisationId: try req.organisationID, format: format, date: try req.dateQuery("date"))
        return ReportDocumentController.response(rendered)
    }
}
