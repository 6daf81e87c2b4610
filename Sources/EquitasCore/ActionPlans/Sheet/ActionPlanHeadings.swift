/// How a sheet's headings map onto the layout's columns. The layout's own headers always
/// match; so do the headings councils' own action plan spreadsheets usually carry ("Rec
/// No", "Lead", "RAG", "Target date", "Progress"); a mapping file names the rest,
/// or says to ignore a column ("Resources,ignore").
///
/// `lenient` is for a council's own spreadsheet made into a new plan: columns it does
/// not have are left empty (only the item's number and recommendation are needed), and
/// a row with no number and no item columns continues the item above, as a merged
/// cell reads back. Importing into an existing plan stays strict: a column left out
/// there would empty that field in every action.
public struct ActionPlanHeadings: Equatable, Sendable {
    typealias Column = ActionPlanSheet.Column

    /// Folded heading → the column it means, or nil to ignore it.
    var mapped: [String: Column?]
    public var lenient: Bool

    public init(mapped: [String: ActionPlanSheet.Column?] = [:], lenient: Bool = false) {
        self.mapped = Dictionary(mapped.map { (Column.folded($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
        self.lenient = lenient
    }

    /// The exported layout's headers only, strictly.
    public static let layout = ActionPlanHeadings()

    /// What the word in a mapping file's second column means: a layout column or "ignore".
    public static let ignoreWord = "ignore"

    /// The column a heading means: `.some(nil)` to ignore it, nil when it is unknown.
    func column(for heading: String) -> Column?? {
        let folded = Column.folded(heading)
        if let explicit = mapped[folded] { return .some(explicit) }
        if let own = Column.matching(heading) { return .some(own) }
        if let usual = Self.usual[folded] { return .some(usual) }
        return nil
    }

    /// The columns a sheet must have.
    var required: [Column] {
        lenient ? [.number, .recommendation] : Column.allCases
    }

    /// Headings councils' own action plans use, folded (no case, no spaces).
    static let usual: [String: Column] = {
        let names: [(Column, [String])] = [
            (.number, ["Rec No", "Rec. No.", "Rec no.", "Rec", "Ref", "Ref.", "Reference", "Recommendation number", "Recommendation no.", "No", "Number", "#", "Item"]),
            (.module, ["Theme", "Area", "Priority area", "Section", "Framework module"]),
            (.recommendation, ["Recommendations", "Peer challenge recommendation", "Recommendation from the peer challenge", "Issue"]),
            (.response, ["Council response", "Agreed?", "Agreed", "Management response"]),
            (.rationale, ["Reason", "Reasons", "Rationale for response"]),
            (.action, ["Actions", "Action(s)", "Planned action", "Planned actions", "Action to be taken", "Actions to be taken", "What we will do"]),
            (.lead, ["Lead", "Officer", "Lead officer(s)", "Responsible officer", "Owner", "Action owner", "Who"]),
            (.timescale, ["Timeframe", "Time frame", "Phase"]),
            (.start, ["Start date"]),
            (.due, ["Target date", "Target", "Due date", "Deadline", "By when", "Completion date", "Target completion date", "When"]),
            (.monitoredBy, ["Monitoring", "Monitored through", "Reporting to", "Governance", "Accountable body"]),
            (.status, ["RAG", "RAG status", "RAG rating", "BRAG", "Progress status", "Current status"]),
            (.latestUpdate, ["Progress", "Progress update", "Update", "Latest progress", "Comments", "Progress to date"]),
            (.updatedOn, ["Update date", "Date updated", "Last updated", "Date of update"]),
            (.updatedBy, ["Update by", "Updated by whom"]),
        ]
        var usual: [String: Column] = [:]
        for (column, headings) in names {
            for heading in headings { usual[Column.folded(heading)] = column }
        }
        return usual
    }()
}
