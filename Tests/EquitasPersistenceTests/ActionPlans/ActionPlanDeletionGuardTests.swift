import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import Testing

@Suite("Action plans keep the people and councils they name")
struct ActionPlanDeletionGuardTests {
    @Test("a lead officer cannot be deleted while leading an action")
    func leadOfficer() async throws {
        try await withPlanWorld { w in
            let plan = try await w.councilPlan()
            let action = try await w.plans.addAction(plan.plan.id, plan.items[0].item.id, PlanAction(description: "Publish it", leadId: w.officer))
            await #expect(throws: RuleViolation("Rachel Barker leads 1 action in an action plan; give them another lead first")) {
                try await PersonStore(db: w.db).delete(w.officer)
            }
            try await w.plans.deleteAction(plan.plan.id, action.id)
            try await PersonStore(db: w.db).delete(w.officer)
            await #expect(throws: NotFound.self) { try await PersonStore(db: w.db).get(w.officer) }
        }
    }

    @Test("a council cannot be deleted while it has an action plan")
    func council() async throws {
        try await withPlanWorld { w in
            let plan = try await w.plans.create(ActionPlan(organisationId: w.world.partner, title: "Our own objectives"))
            let error = await #expect(throws: RuleViolation.self) { try await OrganisationStore(db: w.db).delete(w.world.partner) }
            #expect(error?.message.contains("1 action plan") == true)
            try await w.plans.delete(plan.id)
        }
    }
}
