/// What a plan says, without ids or history: what a spreadsheet carries (one row per
/// action, with only the latest update) and what an import compares with the stored plan.
public struct PlanContent: Equatable, Sendable {
    public var items: [Item]

    public init(items: [Item]) {
        self.items = items
    }

    public struct Item: Equatable, Sendable {
        public var item: PlanItem
        public var actions: [Action]

        public init(item: PlanItem, actions: [Action] = []) {
            self.item = item
            self.actions = actions
        }
    }

    public struct Action: Equatable, Sendable {
        public var action: PlanAction
        public var latestUpdate: ProgressUpdate?

        public init(action: PlanAction, latestUpdate: ProgressUpdate? = nil) {
            self.action = action
            self.latestUpdate = latestUpdate
        }
    }

    /// The content of a stored plan, as an export would write it.
    public init(record: ActionPlanRecord) {
        items = record.items.map { item in
            Item(item: item.item.value, actions: item.actions.map { Action(action: $0.action.value, latestUpdate: $0.latestUpdate) })
        }
    }
}
