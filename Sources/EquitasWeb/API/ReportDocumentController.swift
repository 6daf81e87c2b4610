import EquitasCore
import EquitasPersistence
import EquitasRender
import Foundation
import Vapor

/// The report itself: any version in any format as a download, and the working copy
/// as a page for previewing while the team writes.
struct ReportDocumentController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.challengeReport, use: download)
        try routes.on(API.challengeReportPreview, use: preview)
    }

    /// `?format=` docx, pdf, html, md or pptx (html by default); `?version=` working,
    /// draft (the latest), final or a number. Without one: the working copy for those who
    /// may see it, the latest issued version for the council. `?comments=true` adds the
    /// council's comments on the drafts, and how each was resolved, as an annex.
    func download(req: Request) async throws -> Response {
        let format = try req.optionalQuery("format", as: ReportFormat.self) ?? .html
        let choice = try await req.reportChoice(req.query["version"], path: "version")
        let comments = try req.boolQuery("comments") ?? false
        if choice == .working, !comments { return Self.response(try await Self.workingCopy(req, format: format)) }
        let rendered = try await ReportExport.render(
            challengeId: req.id("challengeID", entity: "challenge"), choice: choice, format: format, db: req.db, catalog: req.catalog,
            today: req.today, includeComments: comments)
        return Self.response(rendered)
    }

    func preview(req: Request) async throws -> Response {
        Self.response(try await Self.workingCopy(req, format: .html), inline: true)
    }

    /// What the working copy is built from changes only with the challenge's stamp, and
    /// its date with the day, so it is rendered once per change per day.
    struct WorkingCopyStamp: Hashable, Sendable {
        var challenge: ChallengeStamp
        var today: CalendarDate
    }

    /// A rendered report as it is kept and sent: its bytes in the buffer every answer
    /// sends as it is, so a kept report (55 KB for the demo's) is not copied per request.
    struct KeptReport: Sendable {
        var format: ReportFormat
        var filename: String
        var bytes: ByteBuffer

        init(_ rendered: RenderedReport) {
            format = rendered.format
            filename = rendered.filename
            bytes = ByteBuffer(data: rendered.data)
        }
    }

    static func workingCopy(_ req: Request, format: ReportFormat) async throws -> KeptReport {
        let id = try req.id("challengeID", entity: "challenge")
        let today = req.today
        let stamp = WorkingCopyStamp(challenge: try await req.challengeStamp(), today: today)
        return try await req.cached("working-report-" + format.rawValue, id, stamp: stamp, cost: \.bytes.readableBytes) {
            KeptReport(try await ReportExport.render(challengeId: id, choice: .working, format: format, db: req.db, catalog: req.catalog, today: today))
        }
    }

    static func response(_ rendered: RenderedReport, inline: Bool = false) -> Response {
        response(KeptReport(rendered), inline: inline)
    }

    /// The HTML report carries its own style sheet and nothing else, so a policy that
    /// allows only that keeps any text that slipped past escaping from running.
    static func response(_ rendered: KeptReport, inline: Bool = false) -> Response {
        let response = FileResponse.make(rendered.bytes, contentType: rendered.format.contentType, filename: rendered.filename, inline: inline)
        if rendered.format == .html {
            response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        }
        return response
    }
}
