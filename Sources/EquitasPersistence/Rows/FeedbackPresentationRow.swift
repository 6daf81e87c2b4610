import EquitasCore
import FluentKit
import Foundation

/// The recorded feedback of a challenge, its snapshot held as JSON text (M0037).
final class FeedbackPresentationRow: EquitasRow, @unchecked Sendable {
    static let schema = "feedback_presentations"
    static let noun = "feedback"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "given_on") var givenOn: String
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "snapshot") var snapshot: String

    init() {}

    init(challengeId: UUID, presentation: FeedbackPresentation) throws {
        id = UUID()
        self.challengeId = challengeId
        givenOn = presentation.givenOn.description
        recordedBy = presentation.recordedBy
        snapshot = try ReportVersionRow.encode(presentation.snapshot)
    }

    func summary() throws -> FeedbackSummary {
        FeedbackSummary(givenOn: try read(givenOn, as: CalendarDate.init, column: "given_on"), recordedBy: recordedBy)
    }

    func presentation() throws -> FeedbackPresentation {
        let record = try ReportVersionRow.decode(snapshot, table: Self.schema)
        let summary = try summary()
        return FeedbackPresentation(givenOn: summary.givenOn, recordedBy: summary.recordedBy, snapshot: record)
    }

    /// The challenge's row without its snapshot, if the feedback has been recorded.
    static func summaryRow(_ challengeId: UUID, on db: any Database) async throws -> FeedbackPresentationRow? {
        try await query(on: db).filter("challenge_id", .equal, challengeId)
            .field(\.$id).field(\.$challengeId).field(\.$givenOn).field(\.$recordedBy).first()
    }
}
