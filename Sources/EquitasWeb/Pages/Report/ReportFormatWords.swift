import EquitasRender

/// How the download links name each format.
enum ReportFormatWords {
    /// Word first: it is what most councils edit and circulate.
    static let order: [ReportFormat] = [.docx, .pdf, .pptx, .html, .md]

    static func name(_ format: ReportFormat) -> String {
        switch format {
        case .docx: "Word (DOCX)"
        case .pptx: "feedback slides (PPTX)"
        case .html: "web page (HTML)"
        case .md: "Markdown"
        case .pdf: "PDF"
        }
    }
}
