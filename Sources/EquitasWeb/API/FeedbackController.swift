import EquitasCore
import EquitasPersistence
import EquitasRender
import Foundation
import Vapor

/// The last day's feedback: the review manager records that it was given, and from then
/// on the council may have the deck as it was presented (`ChallengeArea.feedback`).
struct FeedbackController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.challengeFeedback, use: show)
        try routes.on(API.challengeFeedbackPost, use: record)
        try routes.on(API.challengeFeedbackDeck, use: deck)
    }

    struct RecordInput: Codable {
        var givenOn: String
        var recordedBy: String
    }

    private func store(_ req: Request) -> FeedbackStore { FeedbackStore(db: req.db, catalog: req.catalog) }

    /// 404 until the feedback is recorded.
    func show(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        guard let summary = try await store(req).summary(challengeId: id) else {
            throw NotFound(entity: "recorded feedback for the challenge", id: id)
        }
        return try JSONResponse.make(summary)
    }

    /// 201 with what was recorded; 409 with the reason when it cannot be (already
    /// recorded, the challenge's status, a date in the future).
    func record(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let input = try req.decodeJSON(RecordInput.self)
        let summary = try await store(req).record(
            challengeId: id, givenOn: try Self.day(input.givenOn, path: "given_on"), recordedBy: input.recordedBy, today: req.today)
        return try JSONResponse.make(summary, status: .created)
    }

    /// The deck as it was presented, dated the day it was given.
    func deck(req: Request) async throws -> Response {
        let source = try await store(req).source(challengeId: req.id("challengeID", entity: "challenge"))
        let rendered = try ReportRendering.render(
            record: source.record, framework: source.framework(in: req.catalog), edition: source.edition, format: .pptx,
            secondFramework: source.secondFramework(in: req.catalog))
        return ReportDocumentController.response(rendered)
    }

    static func day(_ text: String?, path: String = "given_on") throws(ValidationFailure) -> CalendarDate {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw ValidationFailure(path: path, message: "Enter the date the feedback was given")
        }
        guard let day = CalendarDate(text) else {
            throw ValidationFailure(path: path, message: "\"\(text)\" is not a date; write it as 2026-03-12")
        }
        return day
    }
}
