extension ActionPlanSheet {
    /// The plan as the workbook a council edits and prints: the layout's columns, then
    /// Overdue ("Yes" for an unfinished action due before `today`), drop-down lists for
    /// Response and Status, red/amber/green by status, and landscape pages one wide
    /// with the header on each. Importing it reads exactly what `table` would.
    public static func workbookTable(for record: ActionPlanRecord, vocabulary: PlanVocabulary, today: CalendarDate) -> SheetTable {
        var table = self.table(for: record, vocabulary: vocabulary)
        var overdue: [SheetCell] = []
        for item in record.items {
            if item.actions.isEmpty { overdue.append(.empty) }
            for action in item.actions {
                overdue.append(action.action.value.isOverdue(on: today) ? .text("Yes") : .empty)
            }
        }
        table.header.append(overdueHeader)
        table.rows = zip(table.rows, overdue).map { $0 + [$1] }
        let overdueColumn = Column.allCases.count
        let status = Column.status.rawValue
        table.presentation = SheetPresentation(
            printsLandscapeToWidth: true,
            choices: [
                .init(column: Column.response.rawValue, values: PlanResponse.allCases.map(\.label)),
                .init(column: status, values: PlanActionStatus.allCases.map(\.label)),
            ],
            tones: PlanActionStatus.allCases.compactMap { value in
                tone(value).map { SheetPresentation.Tone(column: status, value: value.label, fill: $0) }
            } + [.init(column: overdueColumn, value: "Yes", fill: .red)])
        return table
    }

    /// Green for done or going to plan, amber at risk, red off track; not started and
    /// closed stay unfilled.
    static func tone(_ status: PlanActionStatus) -> SheetPresentation.Tone.Fill? {
        switch status {
        case .onTrack, .complete: .green
        case .atRisk: .amber
        case .offTrack: .red
        case .notStarted, .closedNotNeeded: nil
        }
    }
}
