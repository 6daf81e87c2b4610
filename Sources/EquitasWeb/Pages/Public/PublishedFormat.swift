import EquitasRender

/// The formats a published report is offered in. The feedback deck (PPTX) is the
/// team's working slides, not part of the public record.
enum PublishedFormat: String, CaseIterable, Sendable {
    case html, docx, md

    /// HTML when the query names none; nil for anything not offered.
    init?(query: String?) {
        guard let query else {
            self = .html
            return
        }
        self.init(rawValue: query)
    }

    var reportFormat: ReportFormat {
        switch self {
        case .html: .html
        case .docx: .docx
        case .md: .md
        }
    }

    /// Link words, so that each link says what it gives before it is followed.
    var linkWords: String {
        switch self {
        case .html: "Final report (web page)"
        case .docx: "Final report (Word document, DOCX)"
        case .md: "Final report (Markdown text)"
        }
    }
}
