/// What every part of a progress report reads from, worked out once: the summary as
/// at the report's date, each action's progress, and the plan's due list.
struct ProgressReportContext {
    let record: ActionPlanRecord
    let vocabulary: PlanVocabulary
    let asOf: CalendarDate
    let since: CalendarDate?
    let summary: PlanSummary
    let progress: [ActionProgress]
    /// Unfinished actions due within the look-ahead, overdue ones first.
    let dueList: [DueAction]
    /// The last day of the "due soon" window: three calendar months on from `asOf`.
    let horizon: CalendarDate

    init(record: ActionPlanRecord, vocabulary: PlanVocabulary, asOf: CalendarDate, since: CalendarDate?) {
        self.record = record
        self.vocabulary = vocabulary
        self.asOf = asOf
        self.since = since
        summary = PlanSummary.make(record: record, vocabulary: vocabulary, asOf: asOf)
        progress = record.referencedActions.map { ActionProgress($0, asOf: asOf, since: since) }
        horizon = Self.adding(months: 3, to: asOf)
        dueList = PlanDueList.make(records: [record], vocabulary: vocabulary, asOf: asOf, withinDays: asOf.days(until: horizon))
    }

    func leadName(_ action: PlanAction) -> String {
        guard action.leadId != nil else { return LeadSummary.noLeadName }
        return vocabulary.personName(action.leadId) ?? LeadSummary.unknownName
    }

    /// The same day `months` later, or the month's last day when it is shorter:
    /// 30 November plus three months is 28 (or 29) February.
    static func adding(months: Int, to date: CalendarDate) -> CalendarDate {
        let index = date.year * 12 + (date.month - 1) + months
        let (year, month) = (index / 12, index % 12 + 1)
        let day = min(date.day, CalendarDate.daysIn(month: month, year: year))
        return CalendarDate(year: year, month: month, day: day) ?? date
    }
}
