import EquitasCore
import EquitasPersistence
import EquitasRender
import Foundation

/// What committees read: the summary, the due list and the progress report.
extension ActionPlanExchange {
    /// Days between committee meetings when the caller does not say: a quarter.
    public static let meetingGap = 91

    public func summary(_ planId: UUID, asOf: CalendarDate) async throws -> PlanSummary {
        let record = try await store.record(planId)
        return PlanSummary.make(record: record, vocabulary: try await interchange.vocabulary(for: record), asOf: asOf)
    }

    /// Unfinished actions due within `withinDays` of `asOf` (overdue ones first), in one
    /// plan or across every plan (of one council, if given).
    public func due(planId: UUID?, organisationId: UUID?, asOf: CalendarDate, withinDays: Int) async throws -> [DueAction] {
        let records = if let planId { [try await store.record(planId)] } else { try await store.records(organisationId: organisationId) }
        var people: [Identified<Person>] = []
        for record in records { people += try await interchange.vocabulary(for: record).people }
        return PlanDueList.make(records: records, vocabulary: PlanVocabulary(people: people), asOf: asOf, withinDays: withinDays)
    }

    /// The committee's report as at `asOf`, marking what changed since `since` (by
    /// default a quarter earlier: the usual gap between meetings). With `cover`, the
    /// committee's covering report with the progress report as its appendix.
    public func progressReport(
        _ planId: UUID, format: ReportFormat, asOf: CalendarDate, since: CalendarDate?, cover: Bool = false
    ) async throws -> RenderedReport {
        let record = try await store.record(planId)
        let organisation = try await OrganisationStore(db: db).get(record.plan.value.organisationId)
        let since = since ?? asOf.adding(days: -Self.meetingGap) ?? asOf
        try ProgressReportBuilder.checkPeriod(asOf: asOf, since: since)
        let vocabulary = try await interchange.vocabulary(for: record)
        let name = organisation.value.name
        let document = cover
            ? CoverReportBuilder.build(record: record, vocabulary: vocabulary, organisationName: name, asOf: asOf, since: since)
            : ProgressReportBuilder.build(record: record, vocabulary: vocabulary, organisationName: name, asOf: asOf, since: since)
        let stem = ReportRendering.slug(record.plan.value.title) + (cover ? "-committee-report-" : "-progress-") + "\(asOf)"
        return try await OffTheEventLoop.render(format) { try ProgressReportRendering.render(document: document, format: format, stem: stem) }
    }
}
