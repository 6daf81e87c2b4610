import Foundation

/// What an import would do to a stored plan, worked out before anything is written:
/// shown to the person as a dry run, then applied by the store in one transaction.
/// An import of an unchanged export yields no changes at all.
public struct PlanChanges: Equatable, Sendable {
    /// New items, with their actions; each action's latest update becomes its first.
    public var itemsAdded: [PlanContent.Item] = []
    /// Items whose text, module, response or rationale changed (the id is the item's).
    public var itemsChanged: [Identified<PlanItem>] = []
    public var itemsRemoved: [UUID] = []
    public var actionsAdded: [AddedAction] = []
    /// Actions whose description, lead, timescale or monitoring body changed. Status
    /// is not changed here: a status change arrives as a progress update, so history
    /// records when and by whom it moved.
    public var actionsChanged: [Identified<PlanAction>] = []
    public var actionsRemoved: [UUID] = []
    public var updatesAdded: [AddedUpdate] = []

    public init() {}

    public struct AddedAction: Equatable, Sendable {
        public var itemId: UUID
        /// 0-based place among the item's actions.
        public var position: Int
        public var action: PlanAction
        public var firstUpdate: ProgressUpdate?

        public init(itemId: UUID, position: Int, action: PlanAction, firstUpdate: ProgressUpdate? = nil) {
            self.itemId = itemId
            self.position = position
            self.action = action
            self.firstUpdate = firstUpdate
        }
    }

    public struct AddedUpdate: Equatable, Sendable {
        public var actionId: UUID
        /// If `update.status` is set, applying it moves the action to that status.
        public var update: ProgressUpdate

        public init(actionId: UUID, update: ProgressUpdate) {
            self.actionId = actionId
            self.update = update
        }
    }

    public var isEmpty: Bool {
        itemsAdded.isEmpty && itemsChanged.isEmpty && itemsRemoved.isEmpty && actionsAdded.isEmpty
            && actionsChanged.isEmpty && actionsRemoved.isEmpty && updatesAdded.isEmpty
    }
}
