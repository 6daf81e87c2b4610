import EquitasCore
import Foundation

extension ReportRendering {
    /// Any report document (a challenge's report, an action plan's progress report) as
    /// a file named `<slug of filenameStem>.<format>`. PPTX is refused: a deck is drawn
    /// from a `SlideDeck`, which only a challenge's feedback has.
    public static func render(document: ReportDocument, format: ReportFormat, filenameStem: String) throws -> RenderedReport {
        RenderedReport(data: try data(document, format: format), format: format, filename: slug(filenameStem) + "." + format.rawValue)
    }

    static func data(_ document: ReportDocument, format: ReportFormat) throws -> Data {
        switch format {
        case .docx: try DOCXRenderer.render(document)
        case .html: Data(HTMLReportRenderer.render(document).utf8)
        case .md: Data(MarkdownReportRenderer.render(document).utf8)
        case .pptx: throw deckRefusal
        case .pdf: try PDFExport.convert(docx: DOCXRenderer.render(document))
        }
    }

    /// Refuses PPTX before any work is done; the API answers 422 naming `format`.
    public static func checkDocumentFormat(_ format: ReportFormat) throws(ValidationFailure) {
        if format == .pptx { throw deckRefusal }
    }

    static let deckRefusal = ValidationFailure(
        path: "format", message: "this report comes as docx, pdf, html or md; pptx is only for a challenge's feedback deck")
}
