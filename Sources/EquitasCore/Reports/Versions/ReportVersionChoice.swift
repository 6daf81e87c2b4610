/// Which text of a report a caller asks for, as the API's `?version=` and the CLI's
/// `--version` spell it: `working` (the live challenge), `draft` (the latest draft),
/// `final`, or a version number.
public enum ReportVersionChoice: Equatable, Hashable, Sendable, CustomStringConvertible {
    case working
    case latestDraft
    case final
    case number(Int)

    public static let accepted = "working, draft (the latest), final or a version number"

    public init?(_ text: String) {
        switch text.lowercased() {
        case "working": self = .working
        case "draft": self = .latestDraft
        case "final": self = .final
        default:
            guard let number = Int(text), number >= 1 else { return nil }
            self = .number(number)
        }
    }

    /// Parses, or fails naming the parameter and what it accepts.
    public static func parse(_ text: String, path: String) throws(ValidationFailure) -> ReportVersionChoice {
        guard let choice = ReportVersionChoice(text) else {
            throw ValidationFailure(path: path, message: "\"\(text)\" is not a report version; use \(accepted)")
        }
        return choice
    }

    public var description: String {
        switch self {
        case .working: "working"
        case .latestDraft: "draft"
        case .final: "final"
        case .number(let n): "\(n)"
        }
    }
}
