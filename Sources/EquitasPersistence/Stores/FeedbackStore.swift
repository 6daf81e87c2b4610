import EquitasCore
import FluentKit
import Foundation

/// The last day's feedback: recorded once by the review manager, with the challenge as it
/// stood, so the deck the council receives is the one that was presented.
public struct FeedbackStore: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    public func record(challengeId: UUID, givenOn: CalendarDate, recordedBy: String, today: CalendarDate) async throws -> FeedbackSummary {
        let recorder = try ReportTrail.issuer(recordedBy)
        let catalog = self.catalog
        return try await db.transaction { db in
            let challenge = try await ReportVersionStore(db: db, catalog: catalog).lockedChallenge(challengeId)
            let already = try await FeedbackPresentationRow.summaryRow(challengeId, on: db) != nil
            try FeedbackPresentation.check(
                status: challenge.status, givenOn: givenOn, challengeStart: challenge.start, today: today, alreadyGiven: already)
            let snapshot = try await ChallengeStore(db: db, catalog: catalog).record(challengeId).withoutTeamNotes
            let presentation = FeedbackPresentation(givenOn: givenOn, recordedBy: recorder, snapshot: snapshot)
            try await FeedbackPresentationRow(challengeId: challengeId, presentation: presentation).create(on: db)
            return FeedbackSummary(givenOn: givenOn, recordedBy: recorder)
        }
    }

    /// Nil until the feedback is recorded.
    public func summary(challengeId: UUID) async throws -> FeedbackSummary? {
        guard try await ChallengeRow.exists(challengeId, on: db) else { throw NotFound(entity: ChallengeRow.noun, id: challengeId) }
        return try await FeedbackPresentationRow.summaryRow(challengeId, on: db)?.summary()
    }

    /// The deck's source: the challenge as it stood when the feedback was given.
    public func source(challengeId: UUID) async throws -> ReportSource {
        let row = try await FeedbackPresentationRow.query(on: db).filter("challenge_id", .equal, challengeId).first()
        guard let row else { throw NotFound(entity: "recorded feedback for the challenge", id: challengeId) }
        let presentation = try row.presentation()
        return ReportSource(record: presentation.snapshot, edition: presentation.edition)
    }
}
