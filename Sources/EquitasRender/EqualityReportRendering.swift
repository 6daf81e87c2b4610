import EquitasCore
import Foundation

/// From a council's staff snapshots, community profile and impact assessment register
/// to its annual equality information report as a file, for the API and the CLI alike:
/// DOCX, HTML or Markdown (PPTX is refused with a `ValidationFailure` on `format`),
/// named after the council and the report's date.
public enum EqualityReportRendering {
    public static func render(input: EqualityInformationInput, format: ReportFormat, control: DisclosureControl? = nil) throws -> RenderedReport {
        try ReportRendering.checkDocumentFormat(format)
        let document = EqualityInformationReportBuilder.build(input, control: control)
        return try ReportRendering.render(document: document, format: format, filenameStem: filenameStem(input))
    }

    /// "wyvern-vale-district-council-equality-information-2025-04-30" once slugged.
    public static func filenameStem(_ input: EqualityInformationInput) -> String {
        "\(input.organisationName) equality information \(input.date)"
    }
}
