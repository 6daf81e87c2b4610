import Foundation

/// A plan with everything in it, as one value: what the API returns, what exports and
/// reports are made from. Items by number; actions in their order; updates oldest first.
public struct ActionPlanRecord: Codable, Equatable, Sendable {
    public var plan: Identified<ActionPlan>
    public var items: [PlanItemRecord]

    public init(plan: Identified<ActionPlan>, items: [PlanItemRecord]) {
        self.plan = plan
        self.items = items
    }

    /// Every action with the item it belongs to, in plan order.
    public var actions: [(item: PlanItemRecord, action: PlanActionRecord)] {
        items.flatMap { item in item.actions.map { (item, $0) } }
    }
}

/// An item with its actions. Encodes flat: the item's fields, its id, then `actions`.
public struct PlanItemRecord: Codable, Equatable, Sendable {
    public var item: Identified<PlanItem>
    public var actions: [PlanActionRecord]

    public init(item: Identified<PlanItem>, actions: [PlanActionRecord]) {
        self.item = item
        self.actions = actions
    }

    private enum CodingKeys: String, CodingKey { case actions }

    public init(from decoder: Decoder) throws {
        item = try Identified<PlanItem>(from: decoder)
        actions = try decoder.container(keyedBy: CodingKeys.self).decode([PlanActionRecord].self, forKey: .actions)
    }

    public func encode(to encoder: Encoder) throws {
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(actions, forKey: .actions)
    }
}

/// An action with its updates. Encodes flat: the action's fields, its id, `updates`.
public struct PlanActionRecord: Codable, Equatable, Sendable {
    public var action: Identified<PlanAction>
    /// Oldest first.
    public var updates: [Identified<ProgressUpdate>]

    public init(action: Identified<PlanAction>, updates: [Identified<ProgressUpdate>]) {
        self.action = action
        self.updates = updates
    }

    public var latestUpdate: ProgressUpdate? { updates.last?.value }

    private enum CodingKeys: String, CodingKey { case updates }

    public init(from decoder: Decoder) throws {
        action = try Identified<PlanAction>(from: decoder)
        updates = try decoder.container(keyedBy: CodingKeys.self).decode([Identified<ProgressUpdate>].self, forKey: .updates)
    }

    public func encode(to encoder: Encoder) throws {
        try action.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(updates, forKey: .updates)
    }
}
