import Foundation

/// Converts a rendered DOCX or PPTX to PDF with LibreOffice and returns the PDF's text
/// (pdftotext), proving that a real office suite opens the file and lays it out.
enum OfficeToPDF {
    static var isAvailable: Bool { ExternalTool.isInstalled("soffice", "pdftotext") }

    enum Failure: Error {
        /// soffice exits 0 even when it cannot read a file; a missing PDF is the only sign.
        case noPDF(String)
    }

    /// - Parameter keepIn: a directory to leave the input and PDF in, for looking at by eye.
    static func text(of data: Data, fileExtension: String, keepIn: URL? = nil) throws -> String {
        let directory = keepIn ?? FileManager.default.temporaryDirectory.appendingPathComponent("office-to-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if keepIn == nil { try? FileManager.default.removeItem(at: directory) } }
        let input = directory.appendingPathComponent("rendered.\(fileExtension)")
        try data.write(to: input)

        // A profile of its own, so conversions running in parallel do not fight over
        // one LibreOffice user directory (the second would silently do nothing).
        let profile = directory.appendingPathComponent("profile", isDirectory: true)
        try ExternalTool("soffice")!.run([
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", directory.path, input.path,
        ])
        let pdf = directory.appendingPathComponent("rendered.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw Failure.noPDF(input.lastPathComponent) }
        return try ExternalTool("pdftotext")!.run([pdf.path, "-"]).output
    }
}
