import EquitasCore
import Foundation

/// The formats a report comes in.
public enum ReportFormat: String, DomainEnum {
    case docx
    case html
    case md
    case pptx
    /// A tagged PDF of the Word document, made by LibreOffice (`PDFExport`).
    case pdf

    public var contentType: String {
        switch self {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .html: "text/html; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .pdf: "application/pdf"
        }
    }
}

public struct RenderedReport: Sendable {
    public var data: Data
    public var format: ReportFormat
    /// "wyvern-vale-district-council-and-calder-moor-borough-council-draft-1.docx"
    public var filename: String

    public var contentType: String { format.contentType }
}

/// One entry point from a challenge to a file, for the API and the CLI alike. The
/// document formats render the report; PPTX renders the last day's feedback deck.
public enum ReportRendering {
    /// - Parameter comments: the council's comments, printed as an annex with how each
    ///   was resolved (the written report only; the deck leaves them out).
    public static func render(
        record: ChallengeRecord, framework: Framework, edition: ReportEdition, format: ReportFormat, comments: [ReportComment] = [],
        secondFramework: Framework? = nil
    ) throws -> RenderedReport {
        let data: Data
        switch format {
        case .pptx:
            data = try PPTXRenderer.render(FeedbackDeckBuilder.build(record, framework: framework, date: edition.date, secondFramework: secondFramework))
        case .docx, .html, .md, .pdf:
            let document = ReportBuilder.build(record, framework: framework, edition: edition, comments: comments, secondFramework: secondFramework)
            data = try self.data(document, format: format)
        }
        return RenderedReport(data: data, format: format, filename: filename(record: record, edition: edition, format: format))
    }

    static func filename(record: ChallengeRecord, edition: ReportEdition, format: ReportFormat) -> String {
        let names = record.challenge.value.organisationIds.compactMap { id in record.organisations.first { $0.id == id }?.value.name }
        let suffix: String
        switch edition {
        case .working: suffix = "working-copy"
        case .draft(let number, _): suffix = "draft-\(number)"
        case .final: suffix = "final"
        case .feedback: suffix = "as-presented"
        }
        let stem = slug(names.joined(separator: " and ")) + "-" + suffix + (format == .pptx ? "-feedback" : "")
        return stem + "." + format.rawValue
    }

    /// Lower-case ASCII letters and digits joined by hyphens: safe in any file system
    /// and in a Content-Disposition header.
    public static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_GB")).lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let slug = words.joined(separator: "-")
        return slug.isEmpty ? "report" : String(slug.prefix(120))
    }
}
