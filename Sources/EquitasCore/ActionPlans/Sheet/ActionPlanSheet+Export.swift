extension ActionPlanSheet {
    /// The plan as one row per action. An item with no actions yet still gets a row,
    /// its action columns empty, so that the sheet lists every recommendation.
    public static func table(for record: ActionPlanRecord, vocabulary: PlanVocabulary) -> SheetTable {
        var rows: [[SheetCell]] = []
        for item in record.items {
            let itemCells = cells(for: item.item.value, vocabulary: vocabulary)
            if item.actions.isEmpty {
                rows.append(itemCells + Array(repeating: .empty, count: Column.actionColumns.count))
            }
            for action in item.actions {
                rows.append(itemCells + cells(for: action.action.value, latest: action.latestUpdate, vocabulary: vocabulary))
            }
        }
        return SheetTable(name: name, header: headers, rows: rows)
    }

    static func cells(for item: PlanItem, vocabulary: PlanVocabulary) -> [SheetCell] {
        [
            .number(Double(item.number)),
            text(vocabulary.moduleTitle(item.module)),
            text(item.text),
            text(item.response?.label),
            text(item.rationale),
        ]
    }

    static func cells(for action: PlanAction, latest: ProgressUpdate?, vocabulary: PlanVocabulary) -> [SheetCell] {
        [text(action.description), text(vocabulary.personName(action.leadId))]
            + cells(for: action.timescale)
            + [
                text(action.monitoredBy),
                .text(action.status.label),
                text(latest?.text),
                latest.map { .date($0.date) } ?? .empty,
                text(latest?.author),
            ]
    }

    /// Timescale, Start, Due. A plain due date leaves "Timescale" empty, so that the
    /// column reads as the name of a phase wherever one is used.
    static func cells(for timescale: Timescale?) -> [SheetCell] {
        switch timescale {
        case nil: [.empty, .empty, .empty]
        case .due(let date): [.empty, .empty, .date(date)]
        case .phase(let name, let start, let end): [.text(name), .date(start), .date(end)]
        case .longerTerm(let indicative): [.text(longerTermLabel), .empty, indicative.map { .date($0) } ?? .empty]
        }
    }

    private static func text(_ value: String?) -> SheetCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }
}
