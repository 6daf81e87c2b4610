/// Turns an action plan into the progress report a committee reads each quarter: the
/// summary with its status chart and tables by module and lead officer, what changed
/// since the previous report, the overdue and due-soon lists, then every item with its
/// actions, each action's latest update, and a "Changed" column marking what moved.
/// The same `ReportDocument` as a challenge report, so the DOCX, HTML and Markdown
/// renderers print it unchanged.
public enum ProgressReportBuilder {
    public static let kicker = "Action plan progress report"

    /// - Parameters:
    ///   - organisationName: the council whose plan it is, for the title page.
    ///   - asOf: the report's date; updates dated later are ignored.
    ///   - since: the date of the previous report; nil for the first, which then has
    ///     no "what changed" section and no "Changed" column. It must be before `asOf`
    ///     (check input with `checkPeriod`); one that is not is ignored, as if nil.
    public static func build(
        record: ActionPlanRecord, vocabulary: PlanVocabulary, organisationName: String, asOf: CalendarDate, since: CalendarDate?
    ) -> ReportDocument {
        let since = since.flatMap { $0 < asOf ? $0 : nil }
        let context = ProgressReportContext(record: record, vocabulary: vocabulary, asOf: asOf, since: since)
        let properties = DocumentProperties(
            title: "\(kicker): \(organisationName), position at \(asOf.longForm)",
            subject: record.plan.value.title,
            author: organisationName,
            date: asOf)
        let titlePage = TitlePage(
            kicker: kicker, organisations: [organisationName], framework: record.plan.value.title,
            dates: "Position at \(asOf.longForm)",
            versionLabel: since.map { "Progress since \($0.longForm)" } ?? "First progress report")
        let sections = [summary(context), changes(context), overdue(context), dueSoon(context), items(context)]
        return ReportDocument(properties: properties, titlePage: titlePage, sections: sections.compactMap { $0 })
    }

    /// Refuses a previous report dated on or after this one: 422 on `since` from the API.
    public static func checkPeriod(asOf: CalendarDate, since: CalendarDate?) throws(ValidationFailure) {
        guard let since, since >= asOf else { return }
        throw ValidationFailure(path: "since", message: "the previous report (\(since)) must be dated before this one (\(asOf))")
    }

    /// "1 action", "52 actions"
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    /// "a, b and c"
    static func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
    }
}
