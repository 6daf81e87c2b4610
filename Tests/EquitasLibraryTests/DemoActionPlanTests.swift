import EquitasCore
import EquitasLibrary
import Foundation
import Testing

@Suite("The demo action plan")
struct DemoActionPlanTests {
    @Test("is a valid equitas.action-plan/1 document answering the demo report's recommendations for one council")
    func answersTheDemoReport() throws {
        let plan = try ActionPlanDocument.decode(DemoData.actionPlanDocument()).validated()
        let challenge = try ChallengeDocument.decode(DemoData.challengeDocument())
        let council = plan.organisation
        #expect(challenge.organisations.map(\.name).contains(council))
        let answerable = challenge.recommendations.filter { $0.organisation == nil || $0.organisation == council }
        #expect(plan.items.map(\.number) == answerable.map(\.number).sorted())
        for item in plan.items {
            let recommendation = try #require(answerable.first { $0.number == item.number })
            #expect(item.text == recommendation.text, "item \(item.number) should quote its recommendation")
            #expect(item.response != nil, "item \(item.number) is answered")
            #expect(!item.actions.isEmpty, "item \(item.number) has actions")
        }
    }

    @Test("has updates spread over more than a year, with status changes that tell a consistent story")
    func history() throws {
        let plan = try ActionPlanDocument.decode(DemoData.actionPlanDocument()).validated()
        let updates = plan.items.flatMap(\.actions).flatMap(\.updates)
        let dates = updates.map(\.date).sorted()
        let first = try #require(dates.first), last = try #require(dates.last)
        #expect(first.days(until: last) > 365)
        for action in plan.items.flatMap(\.actions) {
            var status = action.initialStatus
            for update in action.updates {
                if let next = update.status {
                    #expect(update.previousStatus == status, "\(action.description): \(update.date) moves from \(status)")
                    status = next
                }
            }
            #expect(status == action.status)
        }
        #expect(Set(plan.items.flatMap(\.actions).map(\.status)).count >= 4)
    }
}
