/// Stops a count when the task running it is cancelled: `WorkforceStore.importSnapshot`
/// counts the profile's tally on another core while it writes the rows, and cancels the
/// count when the import is refused, so that a refused import of a large list does not
/// go on counting it for nothing. It looks every `grain` rows (and between passes): often
/// enough to stop within a millisecond or so, rarely enough to cost nothing per row.
public struct CountingCancellation: CountingCheck, Sendable {
    public static let grain = 4_096
    /// Hears each look, with the row it is made at, before it is made: for tests, which
    /// count the looks or hold the count at one.
    let looking: (@Sendable (_ row: Int) -> Void)?

    public init(looking: (@Sendable (_ row: Int) -> Void)? = nil) {
        self.looking = looking
    }

    @inline(__always)
    public func check(_ row: Int) throws(CancellationError) {
        guard row % Self.grain == 0 else { return }
        looking?(row)
        if Task.isCancelled { throw CancellationError() }
    }
}
