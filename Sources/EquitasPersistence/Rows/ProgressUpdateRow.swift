import EquitasCore
import FluentKit
import Foundation

/// A dated update on an action; `sequence` keeps the order they were added in.
final class ProgressUpdateRow: EquitasRow, @unchecked Sendable {
    static let schema = "progress_updates"
    static let noun = "progress update"

    @ID(key: .id) var id: UUID?
    @Field(key: "action_id") var actionId: UUID
    @Field(key: "plan_id") var planId: UUID
    @Field(key: "sequence") var sequence: Int
    @Field(key: "date") var date: String
    @Field(key: "author") var author: String
    @Field(key: "text") var text: String
    @OptionalField(key: "status") var status: String?
    @OptionalField(key: "previous_status") var previousStatus: String?
    /// On the public "you said, we did" page and its feed (M0046; null reads as false).
    @OptionalField(key: "is_public") var isPublic: Bool?
    /// The account that wrote it, which alone may correct or remove it (M0041; null for
    /// updates from sheets, exchange files and before accounts were recorded).
    @OptionalField(key: "author_account_id") var authorAccountId: UUID?

    init() {}

    init(id: UUID, planId: UUID, actionId: UUID, sequence: Int, update: ProgressUpdate) {
        self.id = id
        self.planId = planId
        self.actionId = actionId
        self.sequence = sequence
        date = update.date.description
        author = update.author
        text = update.text
        status = update.status?.rawValue
        previousStatus = update.previousStatus?.rawValue
    }

    func update() throws -> ProgressUpdate {
        ProgressUpdate(
            date: try read(date, as: CalendarDate.init, column: "date"), author: author, text: text,
            status: try read(status, as: PlanActionStatus.init(rawValue:), column: "status"),
            previousStatus: try read(previousStatus, as: PlanActionStatus.init(rawValue:), column: "previous_status"))
    }

    func identified() throws -> Identified<ProgressUpdate> {
        Identified(id: try requireID(), value: try update())
    }
}
