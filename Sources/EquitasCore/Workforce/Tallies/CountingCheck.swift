/// What a long count over a staff list calls every row, so that a caller who no longer
/// wants the figures can stop it part way (`CountingCancellation`). The plain count
/// checks nothing (`NeverStop`, whose `Failure` is `Never`: no `try`, and nothing left
/// of the check once inlined).
public protocol CountingCheck {
    associatedtype Failure: Error
    /// Called with each row's index, and with 0 between the passes.
    func check(_ row: Int) throws(Failure)
}

/// The check of a count nobody stops.
public struct NeverStop: CountingCheck {
    public init() {}
    @inline(__always)
    public func check(_ row: Int) {}
}
