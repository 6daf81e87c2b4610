import EquitasCore
import Foundation

/// From an action plan to its committee progress report as a file, for the API and
/// the CLI alike: DOCX, HTML or Markdown (PPTX is refused with a `ValidationFailure`
/// on `format`), named after the council and the report's date.
public enum ProgressReportRendering {
    public static func render(
        record: ActionPlanRecord, vocabulary: PlanVocabulary, organisationName: String,
        asOf: CalendarDate, since: CalendarDate?, format: ReportFormat
    ) throws -> RenderedReport {
        try ReportRendering.checkDocumentFormat(format)
        try ProgressReportBuilder.checkPeriod(asOf: asOf, since: since)
        let document = ProgressReportBuilder.build(
            record: record, vocabulary: vocabulary, organisationName: organisationName, asOf: asOf, since: since)
        return try render(document: document, format: format, stem: filenameStem(organisationName: organisationName, asOf: asOf))
    }

    /// A progress report already built, as `<slug of stem>.<format>`.
    public static func render(document: ReportDocument, format: ReportFormat, stem: String) throws -> RenderedReport {
        try ReportRendering.render(document: document, format: format, filenameStem: stem)
    }

    /// "wyvern-vale-district-council-action-plan-progress-2022-06-30" once slugged.
    public static func filenameStem(organisationName: String, asOf: CalendarDate) -> String {
        "\(organisationName) action plan progress \(asOf)"
    }
}
