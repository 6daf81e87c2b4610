import EquitasCore
import Foundation

/// The bytes of an uploaded past report → what Equitas recognises in it. One place for
/// the command line and the import page, so both accept and refuse the same files:
/// a Word document by its ZIP signature, otherwise UTF-8 text (plain or Markdown).
public enum ReportFileRecogniser {
    /// The file types offered to a person choosing a report.
    public static let accept =
        ".docx,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"

    public static func recognise(_ data: Data, catalog: FrameworkCatalog) throws(ValidationFailure) -> ReportImportResult {
        try ReportRecogniser.recognise(blocks: try blocks(data), catalog: catalog)
    }

    /// A NUL byte or invalid UTF-8 means a binary file (a PDF, an old .doc, an image),
    /// which is refused rather than read as gibberish.
    static func blocks(_ data: Data) throws(ValidationFailure) -> [SourceBlock] {
        if data.starts(with: [0x50, 0x4B]) { return try DocxReportReader.read(data) }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw ValidationFailure(path: "", message: "the file is not plain text, Markdown or a Word document (.docx)")
        }
        return PlainTextBlockReader.read(text)
    }
}
