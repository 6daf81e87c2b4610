import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// Reading the issued report in full and commenting on a part of it from where it is
/// read. Reading is the report (the council reads it once a draft is issued); the
/// comment form is the comments area, whose rule lets the council comment only while a
/// draft is with it.
struct DraftReadingPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeReportReading, use: read)
        try routes.on(Site.challengeCommentsNew, use: commentForm)
        try routes.on(Site.challengeCommentsNewPost, use: comment)
    }

    func read(req: Request) async throws -> Response {
        PageResponse.make(DraftReadingPage.layout(try await DraftReadingData.load(req)), for: req)
    }

    func commentForm(req: Request) async throws -> Response {
        let model = try await model(req, anchor: req.query["on"])
        return PageResponse.make(CommentOnPartPage.layout(model, text: nil, errors: FormErrors()), for: req)
    }

    func comment(req: Request) async throws -> Response {
        let draft = (try? req.content.decode(CommentDraft.self)) ?? CommentDraft()
        let model = try await model(req, anchor: draft.anchor)
        let (_, text, errors) = draft.parsed()
        guard let text, errors.isEmpty else {
            return PageResponse.make(CommentOnPartPage.layout(model, text: draft.text, errors: errors), for: req, status: .unprocessableEntity)
        }
        let council = req.actor.organisationId.flatMap { model.work.challenge.organisationIds.contains($0) ? $0 : nil }
        let input = NewReportComment(
            anchor: model.anchor, author: CommentsPageController.author(req, model.work, council: council), organisationId: council, text: text)
        do {
            _ = try await ReportCommentStore(db: req.db, catalog: req.catalog).add(
                challengeId: model.work.id, version: model.version.number, input, at: req.clock.now)
        } catch let failure as ValidationFailure {
            return PageResponse.make(
                CommentOnPartPage.layout(model, text: draft.text, errors: CommentDraft.errors(failure)), for: req, status: .unprocessableEntity)
        }
        return PageResponse.redirect(
            to: DraftReadingPage.path(model.work.id) + "?done=added#" + DraftReadingPage.linkID(model.anchor))
    }

    /// The draft open for this person's comments and the part named, or a refusal that
    /// says why: no draft is with the council, or the draft has no such part.
    private func model(_ req: Request, anchor value: String?) async throws -> CommentOnPartPage.Model {
        let data = try await DraftReadingData.load(req)
        guard data.commentable, let version = data.version, let framework = data.framework else {
            throw RuleViolation("there is no draft open for your comments on this challenge")
        }
        let places = ReportAnchorWords(version, framework: framework)
        guard let anchor = value.flatMap(ReportAnchorWords.anchor(from:)),
            let place = places.places.first(where: { $0.anchor.kind == anchor.kind && $0.anchor.id.lowercased() == anchor.id.lowercased() })
        else {
            throw Abort(.notFound, reason: "\(FormErrors.sentence(version.label)) has no such part to comment on")
        }
        return CommentOnPartPage.Model(
            work: data.work, version: version, anchor: place.anchor, place: Self.placeName(place.anchor, version: version, words: place.words),
            quoted: Self.quoted(place.anchor, version: version), csrf: req.pageContext.csrfToken)
    }

    static func placeName(_ anchor: ReportAnchor, version: ReportVersion, words: String) -> String {
        switch anchor.kind {
        case .section: return words.drop(while: { $0 == "–" || $0 == " " }).description
        case .finding: return "Finding"
        case .recommendation:
            let number = version.snapshot.recommendations.first { $0.id.uuidString.lowercased() == anchor.id.lowercased() }?.value.number
            return number.map { "Recommendation \($0)" } ?? "Recommendation"
        }
    }

    static func quoted(_ anchor: ReportAnchor, version: ReportVersion) -> String? {
        let id = anchor.id.lowercased()
        switch anchor.kind {
        case .section: return nil
        case .finding: return version.snapshot.findings.first { $0.id.uuidString.lowercased() == id }?.value.text
        case .recommendation: return version.snapshot.recommendations.first { $0.id.uuidString.lowercased() == id }?.value.text
        }
    }
}
