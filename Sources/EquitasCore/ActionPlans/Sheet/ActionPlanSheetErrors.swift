/// Everything wrong with an action plan sheet, found in one pass, so that a person
/// fixes the file once rather than once per error. Each failure's path names the row
/// and column they see: `row 14, column "Due"`.
public struct ActionPlanSheetErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public var failures: [ValidationFailure]

    public static let describedLimit = SheetFailureList.describedLimit

    public init(_ failures: [ValidationFailure]) {
        self.failures = failures
    }

    public var description: String { SheetFailureList.describe(failures, what: "the action plan sheet") }
}
