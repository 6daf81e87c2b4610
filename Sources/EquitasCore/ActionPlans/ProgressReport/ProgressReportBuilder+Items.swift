import Foundation

extension ProgressReportBuilder {
    /// A recommendation longer than this is headed by its number alone and printed in
    /// full under it: a heading cut short with "…" and then repeated reads twice.
    static let longestHeading = 90

    /// One subsection per item, in plan order: the recommendation, the council's
    /// response, then its actions with their latest update and change marker.
    static func items(_ context: ProgressReportContext) -> ReportSection? {
        guard !context.record.items.isEmpty else { return nil }
        let subsections = context.record.items.map { item(item: $0, context) }
        let blocks = numberingGaps(context.record.items.map(\.item.value.number)).map { [ReportBlock.paragraph($0)] } ?? []
        return ReportSection(id: "items", title: "Progress on each item", blocks: blocks, subsections: subsections)
    }

    static func item(item record: PlanItemRecord, _ context: ProgressReportContext) -> ReportSection {
        let item = record.item.value
        let flat = item.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let fits = flat.count <= longestHeading
        var blocks: [ReportBlock] = fits ? [] : [.emphasis(item.text)]
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
        return ReportSection(id: "item-\(item.number)", title: fits ? "\(item.number). \(flat)" : "Recommendation \(item.number)", blocks: blocks)
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

    /// Items keep the numbers of the report's recommendations, so a council's plan in
    /// a joint challenge skips the others' numbers: said once, so that the gap is not
    /// read as an item lost. Nil when the numbers run without a gap from 1.
    static func numberingGaps(_ numbers: [Int]) -> String? {
        guard let highest = numbers.max() else { return nil }
        let present = Set(numbers)
        let missing = (1...max(highest, 1)).filter { !present.contains($0) }
        guard !missing.isEmpty else { return nil }
        let listed = list(missing.map(String.init))
        return missing.count == 1
            ? "Items are numbered as the peer challenge report numbers its recommendations. Number \(listed) is not in this plan: it is a recommendation made to another council, or one the plan does not answer."
            : "Items are numbered as the peer challenge report numbers its recommendations. Numbers \(listed) are not in this plan: they are recommendations made to another council, or ones the plan does not answer."
    }
}
