import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// The numbers here are worked out by hand from the table in `MonitoredPlan`.
@Suite("Action plan monitoring over the API: summary and due lists")
struct ActionPlanMonitoringAPITests {
    /// Counts in the order of PlanActionStatus: not started, on track, at risk, off
    /// track, complete, closed as not needed.
    static func counts(_ list: [StatusCount]) -> [Int] {
        #expect(list.map(\.status) == PlanActionStatus.allCases)
        return list.map(\.count)
    }

    @Test("the summary counts actions by status, module and lead as they stood on the day asked")
    func summary() async throws {
        try await withTestApp { app in
            let plan = try await MonitoredPlan.make(try await ActionPlanFixture.demo(app))
            let api = plan.fixture.api
            let reply = try await api.send(.GET, plan.path("summary?as_of=2025-07-15"))
            #expect(reply.status == .ok, "\(reply.text)")
            #expect(try OpenAPISchemaCheck().problems(reply.body, as: "PlanSummary") == [])
            let summary = try reply.decode(PlanSummary.self)
            #expect(summary.planId == plan.planId && summary.planTitle == MonitoredPlan.title)
            #expect(summary.asOf == (try .day("2025-07-15")))
            #expect(summary.totalActions == 6 && summary.totalItems == 8)
            // 10.1 went off track on 1 August, so on 15 July it had not started: and was overdue.
            #expect(Self.counts(summary.byStatus) == [3, 1, 1, 0, 1, 0])
            #expect(summary.overdue == 1)
            #expect(summary.itemsByResponse.map(\.response) == [.agreed, .agreedDifferentApproach, .alreadyDone, .notAgreed, nil])
            #expect(summary.itemsByResponse.map(\.count) == [1, 0, 1, 1, 5])
            #expect(summary.itemsByResponse.last?.label == "Not yet answered")

            #expect(summary.byModule.map(\.module) == ["communities", "leadership", "services", "workforce"])
            #expect(
                summary.byModule.map(\.title) == [
                    "Understanding and working with your communities", "Leadership, partnership and organisational commitment",
                    "Responsive services and customer care", "Diverse and engaged workforce",
                ])
            #expect(summary.byModule.map(\.totalActions) == [3, 1, 0, 2])
            #expect(
                summary.byModule.map { Self.counts($0.byStatus) } == [
                    [1, 1, 0, 0, 1, 0], [0, 0, 1, 0, 0, 0], [0, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 0],
                ])
            #expect(summary.byModule.map(\.overdue) == [0, 0, 0, 1])

            #expect(summary.byLead.map(\.name) == ["Alice Moor", "Bob Calder", "No lead"])
            #expect(summary.byLead.map(\.leadId) == [plan.alice, plan.bob, nil])
            #expect(summary.byLead.map { Self.counts($0.byStatus) } == [[0, 1, 0, 0, 1, 0], [2, 0, 0, 0, 0, 0], [1, 0, 1, 0, 0, 0]])
            #expect(summary.byLead.map(\.overdue) == [0, 1, 0])

            // By 2 August 10.1 is off track and 1.1 (due 31 July, on track) has gone overdue too.
            let later = try await api.send(.GET, plan.path("summary?as_of=2025-08-02")).decode(PlanSummary.self)
            #expect(Self.counts(later.byStatus) == [2, 1, 1, 1, 1, 0])
            #expect(later.overdue == 2)
            #expect(later.byLead.map(\.overdue) == [1, 1, 0])

            let bad = try await api.send(.GET, plan.path("summary?as_of=15/07/2025"))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.error?.path == "as_of")
        }
    }

    @Test("due lists hold unfinished actions due by the horizon, overdue first, in one plan or across plans")
    func due() async throws {
        try await withTestApp { app in
            let plan = try await MonitoredPlan.make(try await ActionPlanFixture.demo(app))
            let api = plan.fixture.api
            let reply = try await api.send(.GET, plan.path("due?within=30d&as_of=2025-07-15"))
            #expect(reply.status == .ok, "\(reply.text)")
            #expect(try OpenAPISchemaCheck().problems(Data(buffer: reply.body), against: OpenAPISchemaCheck.array(of: "DueAction")) == [])
            let due = try reply.decode([DueAction].self)
            // Horizon 14 August: 10.1 (due 10 July) and 1.1 (due 31 July); 1.2 ends in
            // November, 3.1 is complete, 4.1 is for 2026 and 9.1 has no date.
            #expect(due.map(\.reference) == ["10.1", "1.1"])
            #expect(due.map(\.actionId) == [plan.actions["10.1"], plan.actions["1.1"]])
            #expect(due.map(\.overdue) == [true, false])
            #expect(due.map(\.daysOverdue) == [5, nil])
            #expect(due.map(\.daysLeft) == [nil, 16])
            #expect(due.map(\.status) == [.notStarted, .onTrack])
            #expect(due.map(\.leadName) == ["Bob Calder", "Alice Moor"])
            #expect(due.map(\.timescale) == ["10 July 2025", "31 July 2025"])
            #expect(due.map(\.itemNumber) == [10, 1])
            #expect(due.allSatisfy { $0.planId == plan.planId && $0.planTitle == MonitoredPlan.title })

            func references(_ query: String, everywhere: Bool = false) async throws -> [String] {
                let path = everywhere ? "/api/v1/action-plans/due?\(query)" : plan.path("due?\(query)")
                let reply = try await api.send(.GET, path)
                #expect(reply.status == .ok, "\(query): \(reply.text)")
                return try reply.decode([DueAction].self).map(\.reference)
            }
            // Due on the horizon's day counts; the day after does not.
            #expect(try await references("within=16d&as_of=2025-07-15") == ["10.1", "1.1"])
            #expect(try await references("within=15&as_of=2025-07-15") == ["10.1"])
            #expect(try await references("within=2w&as_of=2025-07-15") == ["10.1"])
            #expect(try await references("within=3w&as_of=2025-07-15") == ["10.1", "1.1"])
            let phase = try await api.send(.GET, plan.path("due?within=150d&as_of=2025-07-15")).decode([DueAction].self)
            #expect(phase.map(\.reference) == ["10.1", "1.1", "1.2"])
            #expect(phase.last?.timescale == "Autumn 2025 (1 September 2025 to 30 November 2025)")
            #expect(phase.last?.daysLeft == 138)
            // On 10 July 10.1 is due that very day: not yet overdue.
            let onTheDay = try await api.send(.GET, plan.path("due?within=0&as_of=2025-07-10")).decode([DueAction].self)
            #expect(onTheDay.map(\.reference) == ["10.1"])
            #expect(onTheDay.first?.overdue == false && onTheDay.first?.daysLeft == 0)

            #expect(try await references("within=30d&as_of=2025-07-15", everywhere: true) == ["10.1", "1.1"])
            #expect(
                try await references("within=30d&as_of=2025-07-15&organisation_id=\(plan.fixture.calderId)", everywhere: true) == [
                    "10.1", "1.1",
                ])
            #expect(try await references("within=30d&as_of=2025-07-15&organisation_id=\(plan.fixture.wyvernId)", everywhere: true) == [])

            for (query, path) in [("within=soon", "within"), ("within=3m", "within"), ("as_of=tomorrow", "as_of")] {
                let refused = try await api.send(.GET, plan.path("due?\(query)"))
                #expect(refused.status == .unprocessableEntity, "\(query)")
                #expect(refused.error?.path == path, "\(query)")
                #expect(try await api.send(.GET, "/api/v1/action-plans/due?\(query)").error?.path == path, "\(query)")
            }
            #expect(
                try await api.send(.GET, plan.path("due?within=soon")).error?.message
                    == #"within: "soon" is not a number of days: write "30d" or "30" for days, "6w" for weeks"#)
            #expect(try await api.send(.GET, plan.fixture.plan(UUID(), "due")).status == .notFound)
        }
    }
}
