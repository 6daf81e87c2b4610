/// What importing a sheet exported at an earlier revision would do (`PlanMerge`).
public struct PlanMergeOutcome: Equatable, Sendable {
    /// What applying writes: the sheet's own changes, and with `force` its side of
    /// every conflict too.
    public var changes: PlanChanges
    /// Where the sheet would undo newer work. Without `force` an import with any is
    /// refused; with it they are still listed, as what was overwritten.
    public var conflicts: [PlanConflict]
    /// Everything that changed in the plan since the export, a line each.
    public var sinceExport: [String]
}
