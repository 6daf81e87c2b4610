/// Everything wrong with an action plan sheet, found in one pass, so that a person
/// fixes the file once rather than once per error. Each failure's path names the row
/// and column they see: `row 14, column "Due"`.
public struct ActionPlanSheetErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public var failures: [ValidationFailure]

    /// How many failures the description lists before it only counts the rest.
    public static let describedLimit = 50

    public init(_ failures: [ValidationFailure]) {
        self.failures = failures
    }

    public var description: String {
        let count = failures.count
        var lines = ["the action plan sheet has \(count) \(count == 1 ? "problem" : "problems"):"]
        lines += failures.prefix(Self.describedLimit).map(\.description)
        if count > Self.describedLimit {
            lines.append("and \(count - Self.describedLimit) more")
        }
        return lines.joined(separator: "\n")
    }
}
