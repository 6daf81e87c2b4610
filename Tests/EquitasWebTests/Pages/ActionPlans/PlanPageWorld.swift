import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// The shipped demo's action plan (Wyvern Vale's), with browsers for the roles the
/// action plan pages treat differently.
struct PlanPageWorld {
    let app: Application
    let planId: UUID
    let councilId: UUID

    static func make(_ app: Application) async throws -> PlanPageWorld {
        let outcome = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
        let plan = try await ActionPlanStore(db: app.db, catalog: shippedCatalog).get(outcome.actionPlanId)
        return PlanPageWorld(app: app, planId: outcome.actionPlanId, councilId: plan.value.organisationId)
    }

    var store: ActionPlanStore { ActionPlanStore(db: app.db, catalog: shippedCatalog) }

    func record() async throws -> ActionPlanRecord { try await store.record(planId) }

    var path: String { "/action-plans/\(planId.uuidString.lowercased())" }

    func officer() async throws -> PageBrowser {
        try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: councilId)
    }

    func councillor() async throws -> PageBrowser {
        try await PageBrowser.signedIn(app, as: .councillor, organisationId: councilId)
    }

    /// An officer of a council that is not the plan's.
    func otherOfficer() async throws -> PageBrowser {
        let other = try await APIClient(app: app).organisation("Elsewhere Borough Council")
        return try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: other)
    }

    /// The first action that is not finished, with its item.
    func openAction() async throws -> (item: PlanItemRecord, action: PlanActionRecord) {
        try #require(try await record().actions.first { !$0.action.action.value.status.isFinished })
    }

    func actionPath(_ id: UUID) -> String { path + "/actions/\(id.uuidString.lowercased())" }

    func itemPath(_ id: UUID) -> String { path + "/items/\(id.uuidString.lowercased())" }
}
