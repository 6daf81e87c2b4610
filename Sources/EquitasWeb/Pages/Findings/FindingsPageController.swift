import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// Capturing findings during the on-site days, and correcting them afterwards. All of
/// it is the team's work; the councils may read it.
struct FindingsPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeFindings, use: list)
        try routes.on(Site.challengeFindingsPost, use: create)
        try PeerWorkEditing<FindingDraft>(parameter: "findingID").register(on: routes)
    }

    private func store(_ req: Request) -> ChallengePartStore<Finding> {
        ChallengePartStore<Finding>(db: req.db, catalog: req.catalog)
    }

    private func canWrite(_ req: Request) async throws -> Bool {
        req.pageContext.may(.write, .challenge(try await req.challengeFacts(), part: .peerWork))
    }

    /// The last capture's module, kind and council come back in the address, so the
    /// next finding from the same session needs only its words.
    func list(req: Request) async throws -> Response {
        var draft = FindingDraft()
        draft.module = req.query["module"]
        draft.kind = req.query["kind"]
        draft.council = req.query["council"]
        return try await page(req, try await PeerWorkRecord.load(req), draft: draft, errors: FormErrors(), done: req.query["done"])
    }

    func create(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let draft = (try? req.content.decode(FindingDraft.self)) ?? FindingDraft()
        let (finding, errors) = draft.parsed(in: work)
        guard let finding else { return try await page(req, work, draft: draft, errors: errors, status: .unprocessableEntity) }
        do {
            _ = try await store(req).create(challengeId: work.id, finding)
        } catch let failure as ValidationFailure {
            return try await page(req, work, draft: draft, errors: FindingDraft.errors(failure), status: .unprocessableEntity)
        }
        var query = URLComponents()
        query.queryItems = [
            URLQueryItem(name: "module", value: finding.module), URLQueryItem(name: "kind", value: finding.kind.rawValue),
            URLQueryItem(name: "council", value: finding.organisationId?.uuidString.lowercased() ?? "joint"),
            URLQueryItem(name: "done", value: "added"),
        ]
        return PageResponse.redirect(to: Site.challengeFindings.path(work.id) + "?" + (query.percentEncodedQuery ?? ""))
    }

    private func page(
        _ req: Request, _ work: PeerWorkRecord, draft: FindingDraft, errors: FormErrors, done: String? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let options = FindingsPage.Options(canWrite: try await canWrite(req), csrf: req.pageContext.csrfToken, done: done)
        return PageResponse.make(FindingsPage.layout(work, draft: draft, errors: errors, options: options), for: req, status: status)
    }
}
