extension PlanChanges {
    /// One line for a dry run or a log: "2 items changed, 1 action added, 3 progress
    /// updates recorded"; "no changes" when there are none. A new item's actions count
    /// as actions added and their latest updates as updates recorded, since that is
    /// what will be written.
    public var summary: String {
        let newItemActions = itemsAdded.flatMap(\.actions)
        let firstUpdates = actionsAdded.filter { $0.firstUpdate != nil }.count
            + newItemActions.filter { $0.latestUpdate != nil }.count
        let parts = [
            Self.counted(itemsAdded.count, "item", "added"),
            Self.counted(itemsChanged.count, "item", "changed"),
            Self.counted(itemsRemoved.count, "item", "removed"),
            Self.counted(actionsAdded.count + newItemActions.count, "action", "added"),
            Self.counted(actionsChanged.count, "action", "changed"),
            Self.counted(actionsRemoved.count, "action", "removed"),
            Self.counted(updatesAdded.count + firstUpdates, "progress update", "recorded"),
        ].compactMap(\.self)
        return parts.isEmpty ? "no changes" : parts.joined(separator: ", ")
    }

    /// "3 items changed", "1 action added"; nil for none.
    static func counted(_ count: Int, _ noun: String, _ verb: String) -> String? {
        count > 0 ? "\(plural(count, noun)) \(verb)" : nil
    }

    /// "1 action", "2 actions".
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
