import EquitasCore
import Foundation

/// A PDF → the blocks of a report. The text is extracted by poppler's `pdftotext`
/// (a maintained extractor; we parse no PDF ourselves), asked for each line's position
/// (`-bbox-layout`), so that `PdfTextLayout` can rebuild paragraphs, headings and lists
/// and drop running headers, footers and page numbers. Where `pdftotext` is missing the
/// refusal says how to install it.
public enum PdfReportReader {
    /// How long `pdftotext` may take before the reading is given up.
    public static let timeout: TimeInterval = 60
    /// The most text read back: far more than any report.
    static let maxOutputBytes = 100 * 1024 * 1024

    public static let installHint =
        "reading a PDF needs poppler's pdftotext, which is not installed: install it with `apt-get install poppler-utils` (Debian, Ubuntu), `dnf install poppler-utils` (Fedora) or `brew install poppler` (macOS), or save the report as text or Word"

    static func isPDF(_ data: Data) -> Bool { data.starts(with: Array("%PDF".utf8)) }

    /// `environment` says where to look for `pdftotext` (PATH, or EQUITAS_PDFTOTEXT).
    public static func read(_ data: Data, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ValidationFailure) -> [SourceBlock] {
        guard data.count <= DocxReportReader.maxFileBytes else {
            throw ValidationFailure(path: "", message: "the file is larger than \(DocxReportReader.maxFileBytes / (1024 * 1024)) MB")
        }
        guard isPDF(data) else { throw ValidationFailure(path: "", message: "the file is not a PDF: it does not start with %PDF") }
        guard let tool = executable(environment: environment) else { throw ValidationFailure(path: "", message: installHint) }
        let output = try run(tool, on: data)
        let handler = PdfBoundingBoxHandler()
        try handler.parse(withoutDoctype(output), part: "pdftotext output")
        let blocks = PdfTextLayout.blocks(handler.pages)
        guard blocks.contains(where: { !$0.text.isEmpty }) else {
            throw ValidationFailure(path: "", message: "the PDF has no text to read (a scanned image?); a PDF with a text layer, or the report as text or Word, is needed")
        }
        return blocks
    }

    /// `pdftotext` on the PATH, or where EQUITAS_PDFTOTEXT says.
    public static func executable(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let path = environment["EQUITAS_PDFTOTEXT"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { URL(fileURLWithPath: String($0)).appendingPathComponent("pdftotext") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the extractor on a temporary copy of the file, reading its output as it
    /// comes (a pipe fills up otherwise), and stops it if it overruns the time allowed.
    static func run(_ tool: URL, on data: Data) throws(ValidationFailure) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("report.pdf")
        // Errors go to a file, so that a full error pipe cannot stall the output one.
        let errorFile = folder.appendingPathComponent("errors.txt")
        let process = Process()
        let output = Pipe()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: input)
            _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            process.executableURL = tool
            process.arguments = ["-bbox-layout", "-enc", "UTF-8", input.path, "-"]
            process.standardOutput = output
            process.standardError = try FileHandle(forWritingTo: errorFile)
            process.standardInput = FileHandle.nullDevice
            try process.run()
        } catch {
            throw ValidationFailure(path: "", message: "pdftotext could not be started: \(error.localizedDescription)")
        }
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = (try? Data(contentsOf: errorFile)) ?? Data()
        timer.cancel()
        if process.terminationReason == .uncaughtSignal {
            throw ValidationFailure(path: "", message: "pdftotext took longer than \(Int(timeout)) seconds and was stopped")
        }
        guard process.terminationStatus == 0 else {
            let said = String(decoding: message.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ValidationFailure(path: "", message: "the PDF cannot be read (damaged or password-protected?)" + (said.isEmpty ? "" : ": \(said)"))
        }
        guard text.count <= maxOutputBytes else { throw ValidationFailure(path: "", message: "the PDF holds more text than a report") }
        return text
    }

    /// pdftotext's XHTML starts with the standard XHTML document type, which the XML
    /// reader (rightly) refuses; it has no internal subset, so it is simply cut.
    static func withoutDoctype(_ data: Data) -> Data {
        guard let start = data.range(of: Data("<!DOCTYPE".utf8)),
              let end = data[start.upperBound...].firstIndex(of: UInt8(ascii: ">")),
              !data[start.upperBound..<end].contains(UInt8(ascii: "[")) else { return data }
        return data[..<start.lowerBound] + data[(end + 1)...]
    }
}
