/// How large a file a reader takes. Uploads keep `SheetLimits`; a file a person runs
/// `equitas paygap` on from their own disk may be a whole large council's list, so the
/// command line allows more.
public struct SheetReadLimits: Sendable {
    public var maxFileBytes: Int
    public var maxRows: Int

    public init(maxFileBytes: Int, maxRows: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxRows = maxRows
    }

    public static let upload = SheetReadLimits(maxFileBytes: SheetLimits.maxFileBytes, maxRows: SheetLimits.maxRows)
    /// Two million rows: every council in England several times over.
    public static let localFile = SheetReadLimits(maxFileBytes: 1024 * 1024 * 1024, maxRows: 2_000_000)
}
