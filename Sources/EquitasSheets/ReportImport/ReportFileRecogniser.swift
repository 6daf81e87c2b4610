import EquitasCore
import Foundation
import ZIPFoundation

/// The bytes of an uploaded past report → what Equitas recognises in it. One place for
/// the command line and the import page, so both accept and refuse the same files:
/// a PDF by its `%PDF` signature, a Word document or a PowerPoint deck by its ZIP
/// signature and the parts inside, otherwise UTF-8 text (plain or Markdown).
public enum ReportFileRecogniser {
    /// The file types offered to a person choosing a report.
    public static let accept =
        ".docx,.pptx,.pdf,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
        + "application/vnd.openxmlformats-officedocument.presentationml.presentation,application/pdf,text/plain,text/markdown"

    public static func recognise(_ data: Data, catalog: FrameworkCatalog) throws(ValidationFailure) -> ReportImportResult {
        try ReportRecogniser.recognise(blocks: try blocks(data), catalog: catalog)
    }

    /// A NUL byte or invalid UTF-8 means a binary file (an old .doc, an image), which is
    /// refused rather than read as gibberish.
    /// Text the databases cannot store alike is refused, naming where it is.
    public static func blocks(_ data: Data) throws(ValidationFailure) -> [SourceBlock] {
        let blocks: [SourceBlock]
        if PdfReportReader.isPDF(data) {
            blocks = try PdfReportReader.read(data)
        } else if data.starts(with: [0x50, 0x4B]) {
            if data.count <= DocxReportReader.maxFileBytes, let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil),
               PptxReportReader.isDeck(archive) {
                blocks = try PptxReportReader.read(data)
            } else {
                blocks = try DocxReportReader.read(data)
            }
        } else {
            guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
                throw ValidationFailure(path: "", message: "the file is not plain text, Markdown, a Word document (.docx), a PowerPoint deck (.pptx) or a PDF")
            }
            try checkStorable(text: text)
            blocks = PlainTextBlockReader.read(text)
        }
        try checkStorable(blocks)
        return blocks
    }
}
