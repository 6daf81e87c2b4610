import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The council's comments on drafts, and their resolution. Adding one is the comments
/// area (the policy opens it to the council only while a draft is with them); resolving
/// one is part of running the report trail, so it is declared as the report versions,
/// which only the review manager (and an administrator) may write.
struct CommentsPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeComments, use: list)
        try routes.on(Site.challengeCommentsPost, use: create)
        try routes.on(Site.challengeCommentResolution, use: resolutionForm)
        try routes.on(Site.challengeCommentResolutionPost, use: resolve)
    }

    private func comments(_ req: Request) -> ReportCommentStore { ReportCommentStore(db: req.db, catalog: req.catalog) }
    private func versions(_ req: Request) -> ReportVersionStore { ReportVersionStore(db: req.db, catalog: req.catalog) }

    func list(req: Request) async throws -> Response {
        try await page(req, draft: CommentDraft(), errors: FormErrors(), status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let data = try await load(req)
        guard let version = data.commentable else {
            throw RuleViolation("there is no draft open for comments on this challenge")
        }
        let draft = (try? req.content.decode(CommentDraft.self)) ?? CommentDraft()
        let (anchor, text, errors) = draft.parsed()
        guard let anchor, let text, errors.isEmpty else { return try await page(req, draft: draft, errors: errors, status: .unprocessableEntity) }
        let council = req.actor.organisationId.flatMap { data.work.challenge.organisationIds.contains($0) ? $0 : nil }
        let input = NewReportComment(anchor: anchor, author: Self.author(req, data.work, council: council), organisationId: council, text: text)
        do {
            _ = try await comments(req).add(challengeId: data.work.id, version: version.number, input, at: req.clock.now)
        } catch let failure as ValidationFailure {
            return try await page(req, draft: draft, errors: CommentDraft.errors(failure), status: .unprocessableEntity)
        }
        return PageResponse.redirect(to: Site.challengeComments.path(data.work.id) + "?done=added")
    }

    func resolutionForm(req: Request) async throws -> Response {
        try await resolutionPage(req, draft: ResolutionDraft(), errors: FormErrors(), status: .ok)
    }

    func resolve(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let commentId = try req.id("commentID", entity: "report comment")
        let draft = (try? req.content.decode(ResolutionDraft.self)) ?? ResolutionDraft()
        let (request, errors) = draft.request(resolvedBy: ReportPageController.signature(req))
        guard let request else { return try await resolutionPage(req, draft: draft, errors: errors, status: .unprocessableEntity) }
        do {
            _ = try await comments(req).resolve(challengeId: work.id, commentId: commentId, request, at: req.clock.now)
        } catch let failure as ValidationFailure {
            return try await resolutionPage(req, draft: draft, errors: ResolutionDraft.errors(failure), status: .unprocessableEntity)
        }
        return PageResponse.redirect(to: Site.challengeComments.path(work.id) + "?done=resolved")
    }

    /// "Alex Smith, Wyvern Vale District Council" for a council's officer; the name and
    /// role for anyone else.
    static func author(_ req: Request, _ work: PeerWorkRecord, council: UUID?) -> String {
        guard let council else { return ReportPageController.signature(req) }
        return (req.pageContext.accountName ?? "Unknown") + ", " + work.organisationName(council)
    }

    private func load(_ req: Request) async throws -> CommentsPageData {
        let work = try await PeerWorkRecord.load(req)
        let facts = try await req.challengeFacts()
        let context = req.pageContext
        let issued = try await versions(req).list(challengeId: work.id)
        let all = try await comments(req).all(challengeId: work.id)
        let latestDraft = issued.filter { $0.kind == .draft }.max { $0.number < $1.number }
        let closed = issued.contains { $0.kind == .final } || work.challenge.status >= .final
        let commentable = context.may(.write, .challenge(facts, part: .comments)) && !closed ? latestDraft : nil
        var numbers = Set(all.map(\.value.version))
        if let commentable { numbers.insert(commentable.number) }
        var places: [Int: ReportAnchorWords] = [:]
        for number in numbers {
            let version = try await versions(req).version(challengeId: work.id, number: number)
            places[number] = ReportAnchorWords(version, framework: try ReportSource(version: version).framework(in: req.catalog))
        }
        return CommentsPageData(
            work: work, versions: issued, comments: all, places: places, commentable: commentable,
            mayResolve: context.may(.write, .challenge(facts, part: .reportVersions)), csrf: context.csrfToken, done: req.query["done"])
    }

    private func page(_ req: Request, draft: CommentDraft, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        PageResponse.make(CommentsPage.layout(try await load(req), draft: draft, errors: errors), for: req, status: status)
    }

    private func resolutionPage(_ req: Request, draft: ResolutionDraft, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let commentId = try req.id("commentID", entity: "report comment")
        guard let comment = try await comments(req).all(challengeId: work.id).first(where: { $0.id == commentId }) else {
            throw NotFound(entity: "report comment", id: commentId)
        }
        let version = try await versions(req).version(challengeId: work.id, number: comment.value.version)
        let place = ReportAnchorWords(version, framework: try ReportSource(version: version).framework(in: req.catalog)).words(comment.value.anchor)
        let canWrite = req.pageContext.may(.write, .challenge(try await req.challengeFacts(), part: .reportVersions))
        let layout = ResolutionPage.layout(
            work, comment: comment, place: place, draft: draft, errors: errors, canWrite: canWrite, csrf: req.pageContext.csrfToken)
        return PageResponse.make(layout, for: req, status: status)
    }
}
