/// How an action's row is flagged in a progress report, so a committee sees at a
/// glance what moved since it last met, in every format (it is text, not colour).
public enum ChangeMarker: String, DomainEnum {
    /// Its status moved in the period.
    case statusChanged = "status-changed"
    /// It has a new update, but its status stayed where it was.
    case newUpdate = "new-update"
    case unchanged

    /// What the "Changed" column says: "Changed", "New update", or nothing.
    public var label: String {
        switch self {
        case .statusChanged: "Changed"
        case .newUpdate: "New update"
        case .unchanged: ""
        }
    }
}
