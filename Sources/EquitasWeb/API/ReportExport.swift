import EquitasCore
import EquitasPersistence
import EquitasRender
import FluentKit
import Foundation

/// From a challenge and a choice of version to a file, for the API and the CLI alike:
/// the live working copy or a frozen snapshot, rendered with the framework it is pinned to.
/// `today` dates the working copy: the caller's (`req.today`, or the CLI application's
/// clock), never the system's, so a pinned clock pins the document.
public enum ReportExport {
    public static func render(
        challengeId: UUID, choice: ReportVersionChoice, format: ReportFormat, db: any Database, catalog: FrameworkCatalog,
        today: CalendarDate, includeComments: Bool = false
    ) async throws -> RenderedReport {
        let source = try await ReportVersionStore(db: db, catalog: catalog).source(challengeId: challengeId, choice: choice, today: today)
        // Meant for the final report, which follows every draft: all comments made.
        let comments = includeComments ? try await ReportCommentStore(db: db, catalog: catalog).all(challengeId: challengeId).map(\.value) : []
        let framework = try source.framework(in: catalog)
        let second = source.secondFramework(in: catalog)
        return try await OffTheEventLoop.render(format) {
            try ReportRendering.render(
                record: source.record, framework: framework, edition: source.edition, format: format, comments: comments,
                secondFramework: second)
        }
    }
}
