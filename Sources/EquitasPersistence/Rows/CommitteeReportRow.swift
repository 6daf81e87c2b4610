import EquitasCore
import FluentKit
import Foundation

/// A presentation of a plan's progress report to a committee (M0041).
final class CommitteeReportRow: EquitasRow, @unchecked Sendable {
    static let schema = "committee_reports"
    static let noun = "committee report"

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planId: UUID
    @Field(key: "date") var date: String
    @Field(key: "committee") var committee: String
    @Field(key: "recorded_by") var recordedBy: String

    init() {}

    init(id: UUID, planId: UUID, report: CommitteeReport) {
        self.id = id
        self.planId = planId
        date = report.date.description
        committee = report.committee
        recordedBy = report.recordedBy
    }

    func identified() throws -> Identified<CommitteeReport> {
        Identified(
            id: try requireID(),
            value: CommitteeReport(date: try read(date, as: CalendarDate.init, column: "date"), committee: committee, recordedBy: recordedBy))
    }
}
