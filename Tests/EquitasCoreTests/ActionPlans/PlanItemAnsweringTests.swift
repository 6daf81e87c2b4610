import EquitasCore
import Foundation
import Testing

@Suite("Which plan items answer a recommendation")
struct PlanItemAnsweringTests {
    static let councilA = UUID()
    static let councilB = UUID()

    static func plan(_ council: UUID, _ items: [PlanItem]) -> ActionPlanRecord {
        ActionPlanRecord(
            plan: Identified(id: UUID(), value: ActionPlan(organisationId: council, title: "Plan")),
            items: items.map { PlanItemRecord(item: Identified(id: UUID(), value: $0), actions: []) })
    }

    @Test("by id first, else the first unlinked item with the number; only in the plans of the councils it is for")
    func answering() {
        let joint = Identified(id: UUID(), value: Recommendation(number: 2, text: "Both councils: publish the profile."))
        let forB = Identified(id: UUID(), value: Recommendation(number: 3, text: "Calder Moor: train managers.", organisationId: Self.councilB))
        let planA = Self.plan(Self.councilA, [
            PlanItem(number: 2, recommendationId: UUID(), text: "Linked to another recommendation"),
            PlanItem(number: 2, text: "A's answer by number"),
            PlanItem(number: 3, text: "A's item 3, not B's"),
        ])
        let planB = Self.plan(Self.councilB, [
            PlanItem(number: 9, recommendationId: joint.id, text: "B's answer by id"),
            PlanItem(number: 2, text: "B's by number, passed over for the linked one"),
            PlanItem(number: 3, text: "B's answer by number"),
        ])
        #expect(PlanItemRecord.answering(joint, in: [planA, planB]).map(\.item.value.text) == ["A's answer by number", "B's answer by id"])
        #expect(PlanItemRecord.answering(forB, in: [planA, planB]).map(\.item.value.text) == ["B's answer by number"])
        #expect(PlanItemRecord.answering(forB, in: [planA]).isEmpty)
    }

    @Test("You said, we did takes a council's response only from its own plan")
    func publicPage() throws {
        var record = try ReportBuilderTests.exampleRecord()
        let council = record.challenge.value.organisationIds[0]
        let other = UUID()
        record.recommendations = [Identified(id: UUID(), value: Recommendation(number: 1, text: "For the first council", organisationId: council))]
        let elsewhere = Self.plan(other, [PlanItem(number: 1, text: "Another council's item 1", response: .notAgreed)])
        let own = Self.plan(council, [PlanItem(number: 1, text: "Ours", response: .agreed)])
        let publicItems = Set((elsewhere.items + own.items).map(\.item.id))
        let page = YouSaidWeDid.make(record: record, plans: [elsewhere, own], publicItems: publicItems, publicUpdates: [])
        #expect(page.items.map(\.response) == [.agreed])
    }
}
