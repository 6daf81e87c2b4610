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

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `EQUITAS_SOFFICE` if set, else the first `soffice` on PATH.
    public static var enginePath: String? {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["EQUITAS_SOFFICE"], FileManager.default.isExecutableFile(atPath: configured) {
            return configured
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":")
        return directories.map { "\($0)/soffice" }.first(where: FileManager.default.isExecutableFile(atPath:))
    }

    public static var isAvailable: Bool { enginePath != nil }

    /// Throws `Unavailable` at once when there is no engine, before any work is done.
    public static func checkAvailable() throws {
        guard isAvailable else { throw Unavailable() }
    }

    /// The PDF of `docx`. Each conversion has a LibreOffice profile of its own: two
    /// conversions sharing one would see the second quietly do nothing.
    public static func convert(docx: Data) throws -> Data {
        guard let engine = enginePath else { throw Unavailable() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-pdf-\(UUID().uuidString)")
        let output = directory.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("report.docx")
        try docx.write(to: input)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: engine)
        process.arguments = [
            "-env:UserInstallation=\(directory.appendingPathComponent("profile").absoluteString)",
            "--headless", "--norestore", "--convert-to", filter, "--outdir", output.path, input.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // soffice exits 0 even when it could not convert; a missing file is the only sign.
        guard let pdf = FileManager.default.contents(atPath: output.appendingPathComponent("report.pdf").path), pdf.starts(with: Data("%PDF".utf8)) else {
            throw Failure(description: "LibreOffice (\(engine)) did not turn the report into a PDF; exit status \(process.terminationStatus)")
        }
        return pdf
    }
}
