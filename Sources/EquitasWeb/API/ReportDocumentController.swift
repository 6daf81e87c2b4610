import EquitasCore
import EquitasRender
import Foundation
import Vapor

/// The report itself: any version in any format as a download, and the working copy
/// as a page for previewing while the team writes.
struct ReportDocumentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let report = routes.grouped("report")
        report.get(use: download)
        report.get("preview", use: preview)
    }

    /// `?format=` docx, html, md or pptx (html by default); `?version=` working (the
    /// default), draft (the latest), final or a number.
    func download(req: Request) async throws -> Response {
        let format = try req.optionalQuery("format", as: ReportFormat.self) ?? .html
        let choice = try ReportVersionChoice.parse(req.query["version"] ?? "working", path: "version")
        let rendered = try await ReportExport.render(
            challengeId: req.id("challengeID", entity: "challenge"), choice: choice, format: format, db: req.db, catalog: req.catalog)
        return Self.response(rendered)
    }

    func preview(req: Request) async throws -> Response {
        let rendered = try await ReportExport.render(
            challengeId: req.id("challengeID", entity: "challenge"), choice: .working, format: .html, db: req.db, catalog: req.catalog)
        return Self.response(rendered, inline: true)
    }

    /// The HTML report carries its own style sheet and nothing else, so a policy that
    /// allows only that keeps any text that slipped past escaping from running.
    static func response(_ rendered: RenderedReport, inline: Bool = false) -> Response {
        let response = FileResponse.make(rendered.data, contentType: rendered.contentType, filename: rendered.filename, inline: inline)
        if rendered.format == .html {
            response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        }
        return response
    }
}
