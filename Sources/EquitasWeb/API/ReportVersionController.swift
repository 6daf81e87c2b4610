import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The versions of a challenge's report under `/challenges/{challengeID}/report`: the
/// list, issuing a draft or the final report, and the difference between two versions.
struct ReportVersionController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.challengeReportVersions, use: list)
        try routes.on(API.challengeReportVersionsDraftPost) { try await issue(.draft, req: $0) }
        try routes.on(API.challengeReportVersionsFinalPost) { try await issue(.final, req: $0) }
        try routes.on(API.challengeReportDiff, use: diff)
    }

    struct IssueInput: Codable { var issuedBy: String }

    private func store(_ req: Request) -> ReportVersionStore { ReportVersionStore(db: req.db, catalog: req.catalog) }

    /// Every version, by number, on one page: a report has a handful.
    func list(req: Request) async throws -> Response {
        let versions = try await store(req).list(challengeId: req.id("challengeID", entity: "challenge"))
        return try JSONResponse.make(Page(items: versions, metadata: PageMetadata(page: 1, per: max(versions.count, 1), total: versions.count)))
    }

    /// 201 with the new version; 409 with the reason when it cannot be issued now (the
    /// challenge's status, or for the final report the comments still unresolved).
    func issue(_ kind: ReportVersionKind, req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let input = try req.decodeJSON(IssueInput.self)
        let store = store(req)
        let today = req.today
        let summary = switch kind {
        case .draft: try await store.issueDraft(challengeId: id, issuedBy: input.issuedBy, on: today)
        case .final: try await store.issueFinal(challengeId: id, issuedBy: input.issuedBy, on: today)
        }
        return try JSONResponse.make(summary, status: .created)
    }

    /// `?from=` and `?to=` name versions as `?version=` does; `to` defaults to the working copy.
    func diff(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        guard let fromText: String = req.query["from"] else { throw ValidationFailure(path: "from", message: "missing") }
        let from = try await req.reportChoice(fromText, path: "from")
        let to = try await req.reportChoice(req.query["to"], path: "to")
        let today = req.today
        let older = try await store(req).source(challengeId: id, choice: from, today: today)
        let newer = try await store(req).source(challengeId: id, choice: to, today: today)
        return try JSONResponse.make(ReportDiff(from: older.record, to: newer.record))
    }
}
