import EquitasCore
import FluentKit
import Foundation

/// One meeting of a committee monitoring a council's equality plan.
final class CommitteeMeetingRow: ValueRow, @unchecked Sendable {
    static let schema = "committee_meetings"
    static let noun = "committee meeting"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationId: UUID
    @Field(key: "committee") var committee: String
    @Field(key: "date") var date: String
    @OptionalField(key: "purpose") var purpose: String?
    @Timestamp(key: "created_at", on: .create, format: MicrosecondTimestamp()) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update, format: MicrosecondTimestamp()) var updatedAt: Date?

    init() {}

    func apply(_ value: CommitteeMeeting) {
        organisationId = value.organisationId
        committee = value.committee
        date = value.date.description
        purpose = value.purpose
    }

    func value() throws -> CommitteeMeeting {
        CommitteeMeeting(
            organisationId: organisationId, committee: committee, date: try read(date, as: CalendarDate.init, column: "date"), purpose: purpose)
    }
}
