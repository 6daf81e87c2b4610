extension ActionPlanRecord {
    /// An action with the item it belongs to and its reference, as a committee quotes it.
    public struct ReferencedAction: Sendable {
        public var item: PlanItemRecord
        public var action: PlanActionRecord
        /// 1-based place among the item's actions.
        public var position: Int

        /// "7.2": the item's number, then the action's place in it.
        public var reference: String { "\(item.item.value.number).\(position)" }
    }

    /// Every action in plan order, each with its reference.
    public var referencedActions: [ReferencedAction] {
        items.flatMap { item in
            item.actions.enumerated().map { ReferencedAction(item: item, action: $1, position: $0 + 1) }
        }
    }
}
