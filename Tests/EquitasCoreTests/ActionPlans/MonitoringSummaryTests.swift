import EquitasCore
import EquitasFixtures
import Foundation
import Testing

@Suite("Monitoring: plan summary")
struct MonitoringSummaryTests {
    let summary = PlanSummary.make(record: MonitoringFixture.record, vocabulary: MonitoringFixture.vocabulary, asOf: MonitoringFixture.asOf)

    static func counts(_ byStatus: [StatusCount]) -> [Int] { byStatus.map(\.count) }

    @Test("every status counted in declaration order, zeros included; statuses as on the day")
    func byStatus() {
        #expect(summary.byStatus.map(\.status) == PlanActionStatus.allCases)
        // not started 2.3, 3.3; on track 1.1, 3.2; at risk 1.2; off track 3.1 (completed
        // only in July); complete 2.1; closed 2.2.
        #expect(Self.counts(summary.byStatus) == [2, 2, 1, 1, 1, 1])
        #expect(summary.byStatus.map(\.label) == ["Not started", "On track", "At risk", "Off track", "Complete", "Closed as not needed"])
        #expect(summary.totalActions == 8)
    }

    @Test("overdue: due yesterday and a past phase; not due today, not complete, not closed, not longer term")
    func overdue() {
        #expect(summary.overdue == 2)
        let later = PlanSummary.make(record: MonitoringFixture.record, vocabulary: MonitoringFixture.vocabulary, asOf: MonitoringFixture.day("2022-07-01"))
        // 1.1 falls due on 30 June, so it is overdue from 1 July.
        #expect(later.overdue == 3)
    }

    @Test("a status in the future moves the counts once its day comes")
    func laterDay() {
        let later = PlanSummary.make(record: MonitoringFixture.record, vocabulary: MonitoringFixture.vocabulary, asOf: MonitoringFixture.day("2022-07-15"))
        #expect(later.count(.offTrack) == 0 && later.count(.complete) == 2)
        // 1.1 and 1.2 are past due; 3.1 is complete now, so no longer overdue.
        #expect(later.overdue == 2)
    }

    @Test("items by response, every response then the unanswered")
    func byResponse() {
        #expect(summary.totalItems == 4)
        #expect(summary.itemsByResponse.map(\.response) == [.agreed, .agreedDifferentApproach, .alreadyDone, .notAgreed, nil])
        #expect(summary.itemsByResponse.map(\.count) == [1, 1, 0, 1, 1])
        #expect(summary.itemsByResponse.last?.label == "Not yet answered")
    }

    @Test("by module: first appearance in the plan, titles from the framework, no module last")
    func byModule() {
        #expect(summary.byModule.map(\.title) == [
            "Leadership, partnership and organisational commitment", "Understanding and working with your communities", "No module",
        ])
        #expect(summary.byModule.map(\.module) == ["leadership", "communities", nil])
        #expect(summary.byModule.map(\.totalActions) == [2, 3, 3])
        #expect(summary.byModule.map { Self.counts($0.byStatus) } == [[0, 1, 1, 0, 0, 0], [1, 0, 0, 0, 1, 1], [1, 1, 0, 1, 0, 0]])
        #expect(summary.byModule.map(\.overdue) == [1, 0, 1])
    }

    @Test("by lead: alphabetical ignoring accents, no lead last")
    func byLead() {
        #expect(summary.byLead.map(\.name) == ["Adam Cole", "Émile Dubois", "Rachel Barker", "No lead"])
        #expect(summary.byLead.map(\.leadId) == [MonitoringFixture.adam, MonitoringFixture.emile, MonitoringFixture.rachel, nil])
        #expect(summary.byLead.map(\.totalActions) == [2, 2, 3, 1])
        #expect(summary.byLead.map { Self.counts($0.byStatus) } == [[0, 0, 1, 1, 0, 0], [2, 0, 0, 0, 0, 0], [0, 2, 0, 0, 1, 0], [0, 0, 0, 0, 0, 1]])
        #expect(summary.byLead.map(\.overdue) == [2, 0, 0, 0])
    }

    @Test("an empty plan has zero of everything but still lists every status")
    func empty() {
        var record = MonitoringFixture.record
        record.items = []
        let empty = PlanSummary.make(record: record, vocabulary: MonitoringFixture.vocabulary, asOf: MonitoringFixture.asOf)
        #expect(Self.counts(empty.byStatus) == [0, 0, 0, 0, 0, 0])
        #expect(empty.totalActions == 0 && empty.overdue == 0 && empty.byModule.isEmpty && empty.byLead.isEmpty)
    }

    @Test("JSON in the house dialect: snake_case, statuses by raw value, dates as text")
    func json() throws {
        let data = try JSONCoding.encoder().encode(summary)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["plan_id", "plan_title", "as_of", "total_actions", "by_status", "overdue", "total_items",
                                     "items_by_response", "by_module", "by_lead"])
        #expect(object["as_of"] as? String == "2022-06-30")
        let first = try #require((object["by_status"] as? [[String: Any]])?.first)
        #expect(first["status"] as? String == "not-started" && first["label"] as? String == "Not started" && first["count"] as? Int == 2)
        let lead = try #require((object["by_lead"] as? [[String: Any]])?.first)
        #expect(Set(lead.keys) == ["lead_id", "name", "total_actions", "by_status", "overdue"])
        #expect(try JSONCoding.decoder().decode(PlanSummary.self, from: data) == summary)
    }

    @Test("the 35-item fixture: counts add up to every action, today's statuses")
    func largePlan() {
        let large = PlanSummary.make(record: PlanFixture.record, vocabulary: PlanFixture.vocabulary, asOf: PlanFixture.asOf)
        let actions = PlanFixture.record.actions
        #expect(large.totalActions == actions.count)
        #expect(large.byStatus.reduce(0) { $0 + $1.count } == actions.count)
        #expect(large.byModule.reduce(0) { $0 + $1.totalActions } == actions.count)
        #expect(large.byLead.reduce(0) { $0 + $1.totalActions } == actions.count)
        #expect(large.overdue == actions.filter { $0.action.action.value.isOverdue(on: PlanFixture.asOf) }.count)
        #expect(large.totalItems == 35)
        for count in large.byStatus {
            #expect(count.count == actions.filter { $0.action.action.value.status == count.status }.count, "\(count.status)")
        }
    }
}
