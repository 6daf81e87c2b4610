import Foundation

/// A Word document we rendered, turned into a tagged PDF by LibreOffice running
/// headless (see docs/adr/0007-pdf.md for why this engine): structure tags, the
/// document's language and title, headings as bookmarks, the contents page's numbers
/// computed at layout, every font embedded, PDF/UA's checks applied.
public enum PDFExport {
    /// LibreOffice's PDF filter with its options as JSON (LibreOffice 7.4 and later).
    static let filter = "pdf:writer_pdf_Export:" + #"{"UseTaggedPDF":{"type":"boolean","value":"true"},"#
        + #""PDFUACompliance":{"type":"boolean","value":"true"},"#
        + #""ExportBookmarks":{"type":"boolean","value":"true"},"#
        + #""ExportNotes":{"type":"boolean","value":"false"},"#
        + #""EmbedStandardFonts":{"type":"boolean","value":"true"}}"#

    /// How to get the engine, printed wherever a PDF is asked for without it.
    public static let installAdvice = "PDF needs LibreOffice (soffice) on PATH or in EQUITAS_SOFFICE: "
        + "install it with `apt-get install libreoffice-writer-nogui fonts-liberation2` (Debian, Ubuntu) "
        + "or `brew install --cask libreoffice` (macOS)"

    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String { PDFExport.installAdvice }
    }

    /// `EQUITAS_SOFFICE` if set, else the first `soffice` on PATH.
    public static var enginePath: String? { LibreOffice.enginePath }

    public static var isAvailable: Bool { enginePath != nil }

    /// Throws `Unavailable` at once when there is no engine, before any work is done.
    public static func checkAvailable() throws {
        guard isAvailable else { throw Unavailable() }
    }

    /// The PDF of `docx`.
    public static func convert(docx: Data) throws -> Data {
        guard let engine = enginePath else { throw Unavailable() }
        let pdf = try LibreOffice.convert(docx, inputExtension: "docx", filter: filter, outputExtension: "pdf", engine: engine)
        guard pdf.starts(with: Data("%PDF".utf8)) else {
            throw LibreOffice.Failure(description: "LibreOffice (\(engine)) wrote something that is not a PDF")
        }
        return pdf
    }
}
