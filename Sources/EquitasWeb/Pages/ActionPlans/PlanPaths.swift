import Foundation

/// The addresses of the action plan pages, kept in one place so that links, form
/// actions and redirects always agree.
enum PlanPaths {
    static let register = "/action-plans"

    static func plan(_ planId: UUID) -> String { "\(register)/\(planId.uuidString.lowercased())" }

    static func importSheet(_ planId: UUID) -> String { plan(planId) + "/import" }

    static func export(_ planId: UUID, _ format: String) -> String { plan(planId) + "/export?format=" + format }

    static func progressReport(_ planId: UUID, _ format: String) -> String { plan(planId) + "/progress-report?format=" + format }

    static func item(_ planId: UUID, _ itemId: UUID) -> String { plan(planId) + "/items/\(itemId.uuidString.lowercased())" }

    static func editItem(_ planId: UUID, _ itemId: UUID) -> String { item(planId, itemId) + "/edit" }

    static func newAction(_ planId: UUID, _ itemId: UUID) -> String { item(planId, itemId) + "/actions/new" }

    static func addAction(_ planId: UUID, _ itemId: UUID) -> String { item(planId, itemId) + "/actions" }

    static func action(_ planId: UUID, _ actionId: UUID) -> String { plan(planId) + "/actions/\(actionId.uuidString.lowercased())" }

    static func editAction(_ planId: UUID, _ actionId: UUID) -> String { action(planId, actionId) + "/edit" }

    static func updates(_ planId: UUID, _ actionId: UUID) -> String { action(planId, actionId) + "/updates" }

    static func update(_ planId: UUID, _ actionId: UUID, _ updateId: UUID) -> String {
        updates(planId, actionId) + "/\(updateId.uuidString.lowercased())"
    }

    static func committeeReports(_ planId: UUID) -> String { plan(planId) + "/committee-reports" }

    /// The anchor of an item's section on the plan page, so a redirect lands beside
    /// what was just changed.
    static func itemAnchor(_ number: Int) -> String { "item-\(number)" }
}
