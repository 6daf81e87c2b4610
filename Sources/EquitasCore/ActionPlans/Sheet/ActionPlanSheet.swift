/// The action plan as councils keep it in a spreadsheet: one row per action, the
/// item's columns repeated on each of its rows so that a filtered or sorted view
/// still says which recommendation an action answers. The headers are a contract:
/// other tools read them, so they change only with a new layout.
///
/// `table(for:vocabulary:)` writes a stored plan; `content(from:…)` reads one back,
/// checking every cell before it returns anything.
public enum ActionPlanSheet {
    /// The worksheet's tab name.
    public static let name = "Action plan"

    /// The headers, in the order they are written.
    public static var headers: [String] { Column.allCases.map(\.header) }

    /// What "Timescale" says for a longer-term action; a phase has its own name there
    /// and a plain due date leaves it empty.
    public static let longerTermLabel = "Longer term"

    /// A column the workbook adds after the layout's, worked out on the day of export
    /// from Due and Status; an import ignores it, so editing it changes nothing.
    public static let overdueHeader = "Overdue"

    static func isDerived(_ header: String) -> Bool {
        Column.folded(header) == Column.folded(overdueHeader)
    }
}
