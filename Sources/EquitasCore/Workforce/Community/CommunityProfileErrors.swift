/// Everything wrong with a community profile file, found in one pass: each failure names
/// the line and column (`line 7, column "percent"`) or the characteristic whose figures
/// do not add up. Nothing is stored from a file with any.
public struct CommunityProfileErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public var failures: [ValidationFailure]

    public init(_ failures: [ValidationFailure]) {
        self.failures = failures
    }

    public var description: String { SheetFailureList.describe(failures, what: "the community profile") }
}
