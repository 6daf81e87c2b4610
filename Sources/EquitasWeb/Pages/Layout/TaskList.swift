/// The GOV.UK task list: each task its name (a link when it can be opened), an optional
/// hint, and its state as a tag, which the link names through `aria-describedby` so a
/// screen reader hears the state with the task. A task with no state shows none. Ids are made from `prefix` and the
/// task's place in the list, so two lists on a page need two prefixes.
enum TaskList {
    struct Item {
        var words: String
        var path: String?
        var hint: String?
        var state: String
        var tone: Tone
    }

    /// The tag's colour, always with its words: the colour only repeats them.
    enum Tone {
        case done, started, waiting, notStarted, none

        var tagClass: String {
            switch self {
            case .done: "tag tag-done"
            case .started: "tag"
            case .waiting: "tag tag-waiting"
            case .notStarted: "tag tag-grey"
            case .none: "task-list-plain"
            }
        }
    }

    static func node(_ items: [Item], prefix: String, labelledBy heading: String) -> Node {
        let rows = items.enumerated().map { index, item -> Node in
            let hintID = "\(prefix)-\(index + 1)-hint"
            let stateID = "\(prefix)-\(index + 1)-state"
            let described = [item.hint == nil ? nil : hintID, item.state.isEmpty ? nil : stateID].compactMap { $0 }
            let describedBy = described.isEmpty ? nil : Attribute.aria("describedby", described.joined(separator: " "))
            let name: Node = item.path.map { Node.a(href: $0, .text(item.words), attributes: [describedBy]) } ?? .text(item.words)
            return .li(
                [.class("task-list-item")],
                .div(
                    [.class("task-list-name")],
                    name,
                    item.hint.map { .span([.class("hint"), .id(hintID)], .text($0)) } ?? .empty),
                item.state.isEmpty
                    ? .empty : .div([.class("task-list-status"), .id(stateID)], .strong([.class(item.tone.tagClass)], .text(item.state))))
        }
        return .ul([.class("task-list"), .aria("labelledby", heading)], .fragment(rows))
    }
}
