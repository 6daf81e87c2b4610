/// Everything wrong with a staff list, found in one pass: each failure's path names the
/// row and column a person sees (`row 14, column "hourly_pay"`). Nothing is computed
/// or stored from a list with any.
public struct StaffListErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public var failures: [ValidationFailure]

    public init(_ failures: [ValidationFailure]) {
        self.failures = failures
    }

    public var description: String { SheetFailureList.describe(failures, what: "the staff list") }
}
