/// The box that confirms a form worked, after its redirect (`?done=created`). Only
/// words this code knows are shown: the query picks one, it never supplies text.
enum DirectoryNotice {
    static func node(_ done: String?, _ messages: [String: String]) -> Node {
        guard let done, let message = messages[done] else { return .empty }
        return StatusMessage.node(message)
    }
}
