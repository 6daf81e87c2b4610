/// The report an officer puts in front of a committee with the progress report as its
/// appendix, in the shape councils use for committee papers: purpose, the
/// recommendation to the committee, background, progress in figures, implications
/// (financial, legal, equality and the others), background papers and the contact.
/// What only the officer can know — the implications, the committee's name, the
/// contact's details — is a headed place to write, marked in square brackets, so
/// that nothing is left out by omission.
public enum CoverReportBuilder {
    public static let kicker = "Report to committee"
    public static let toComplete = "[To be completed by the report author.]"

    /// The implications a council's report template lists, each its own heading.
    public static let implications = [
        "Financial implications", "Legal implications", "Equality implications",
        "Climate and environmental implications", "Risk implications", "Human resources implications",
        "Community safety implications", "Data protection implications",
    ]

    public static func build(
        record: ActionPlanRecord, vocabulary: PlanVocabulary, organisationName: String, asOf: CalendarDate, since: CalendarDate?
    ) -> ReportDocument {
        let progress = ProgressReportBuilder.build(
            record: record, vocabulary: vocabulary, organisationName: organisationName, asOf: asOf, since: since)
        let summary = PlanSummary.make(record: record, vocabulary: vocabulary, asOf: asOf)
        let plan = record.plan.value
        let committee = plan.monitoredBy ?? "[committee]"
        let properties = DocumentProperties(
            title: "\(kicker): \(plan.title), progress at \(asOf.longForm)", subject: plan.title, author: organisationName, date: asOf)
        let titlePage = TitlePage(
            kicker: kicker, organisations: [organisationName], framework: "\(plan.title): progress at \(asOf.longForm)",
            dates: "To: \(committee)", versionLabel: "Date of meeting: [date]")
        var sections = [
            ReportSection(id: "purpose", title: "Purpose of the report", blocks: [
                .paragraph("To report progress on the action plan agreed in response to the equality peer challenge (\(plan.title)), as at \(asOf.longForm)\(since.map { ", and what has changed since the last report on \($0.longForm)" } ?? "")."),
            ]),
            ReportSection(id: "recommendation", title: "Recommendation", blocks: [
                .paragraph("That \(committee) notes the progress made against the action plan set out in Appendix A, and comments on the actions that are overdue or at risk."),
            ]),
            ReportSection(id: "background", title: "Background", blocks: background(record, summary: summary, organisationName: organisationName)),
            ReportSection(id: "progress", title: "Progress in figures", blocks: figures(summary)),
            ReportSection(id: "implications", title: "Implications", subsections: implications.enumerated().map { index, title in
                ReportSection(id: "implications-\(index + 1)", title: title, blocks: [.paragraph(toComplete)])
            }),
            ReportSection(id: "background-papers", title: "Background papers", blocks: [
                .bullets([ReportItem("The equality peer challenge report"), ReportItem("The action plan: \(plan.title)")]),
            ]),
            ReportSection(id: "contact", title: "Contact", blocks: [
                .paragraph("[Name, job title, telephone and email of the officer to contact about this report.]"),
            ]),
        ]
        sections.append(ReportSection(
            id: "appendix-a", title: "Appendix A: \(ProgressReportBuilder.kicker)",
            blocks: [.paragraph("The progress report as at \(asOf.longForm) follows.")], subsections: progress.sections))
        return ReportNumbering.apply(to: ReportDocument(properties: properties, titlePage: titlePage, sections: sections))
    }

    static func background(_ record: ActionPlanRecord, summary: PlanSummary, organisationName: String) -> [ReportBlock] {
        var blocks: [ReportBlock] = [
            .paragraph("\(organisationName) took part in an equality peer challenge. The peer team's final report made recommendations, and the council agreed an action plan answering each of them: \(ProgressReportBuilder.count(summary.totalItems, "item")) and \(ProgressReportBuilder.count(summary.totalActions, "action"))."),
        ]
        let responses = summary.itemsByResponse.filter { $0.count > 0 }.map { "\($0.label.lowercased()): \($0.count)" }
        if !responses.isEmpty {
            blocks.append(.paragraph("The council's responses to the recommendations: \(ProgressReportBuilder.list(responses))."))
        }
        if let monitoredBy = record.plan.value.monitoredBy {
            blocks.append(.paragraph("Progress is reported to \(monitoredBy)."))
        }
        return blocks
    }

    static func figures(_ summary: PlanSummary) -> [ReportBlock] {
        var rows = summary.byStatus.map { [$0.label, String($0.count)] }
        rows.append(["Overdue (past their due date and not finished)", String(summary.overdue)])
        rows.append(["All actions", String(summary.totalActions)])
        return [
            .paragraph(ProgressReportBuilder.actionsSentence(summary)),
            .table(ReportTable(caption: "Actions by status at \(summary.asOf.longForm)", header: ["Status", "Actions"], rows: rows)),
        ]
    }
}
