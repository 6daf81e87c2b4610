import Foundation

extension ProgressReportBuilder {
    /// Headings longer than this are cut at a word, and the full text printed under them.
    static let longestHeading = 90

    /// One subsection per item, in plan order: the recommendation, the council's
    /// response, then its actions with their latest update and change marker.
    static func items(_ context: ProgressReportContext) -> ReportSection? {
        guard !context.record.items.isEmpty else { return nil }
        let subsections = context.record.items.map { item(item: $0, context) }
        return ReportSection(id: "items", title: "Progress on each item", subsections: subsections)
    }

    static func item(item record: PlanItemRecord, _ context: ProgressReportContext) -> ReportSection {
        let item = record.item.value
        let heading = shortened(item.text)
        var blocks: [ReportBlock] = heading == item.text ? [] : [.paragraph(item.text)]
        if let module = context.vocabulary.moduleTitle(item.module) { blocks.append(.paragraph("Module: \(module)")) }
        blocks.append(.paragraph(responseLine(item)))

        let progress = context.progress.filter { $0.item.item.id == record.item.id }
        if progress.isEmpty {
            blocks.append(.paragraph("No actions yet."))
        } else {
            let marking = context.since != nil
            blocks.append(.table(ReportTable(
                caption: "Actions for item \(item.number)",
                header: ["Ref", "Action", "Lead", "Timescale", "Status", "Latest update"] + (marking ? ["Changed"] : []),
                rows: progress.map { row($0, context) + (marking ? [$0.marker.label] : []) })))
        }
        return ReportSection(id: "item-\(item.number)", title: "\(item.number). \(heading)", blocks: blocks)
    }

    static func row(_ progress: ActionProgress, _ context: ProgressReportContext) -> [String] {
        let action = progress.action.action.value
        let status = progress.status.label + (progress.isOverdue ? " — overdue" : "")
        let latest = progress.latestUpdate.map { "\($0.text) (\($0.date.longForm))" } ?? "None yet"
        return [progress.reference, action.description, context.leadName(action), action.timescale?.label ?? "Not set", status, latest]
    }

    /// "Response: Agreed with a different approach. <rationale>"
    static func responseLine(_ item: PlanItem) -> String {
        guard let response = item.response else { return "Response: not yet given." }
        return "Response: \(response.label)." + (item.rationale.map { " \($0)" } ?? "")
    }

    /// The text on one line when short enough; otherwise cut at the last space within
    /// the limit, with an ellipsis.
    static func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > longestHeading else { return flat }
        // One character more than fits, so a word that ends exactly at the limit is kept.
        let window = flat.prefix(longestHeading)
        var atWord = window.lastIndex(of: " ").map { window[..<$0] } ?? window.dropLast()
        // "…, and…" reads badly: a comma or colon left before the cut goes.
        while let last = atWord.last, last.isPunctuation { atWord = atWord.dropLast() }
        return atWord + "…"
    }
}
