import EquitasCore
import EquitasRender
import Foundation
import Testing

/// The PDF as a publisher checks it, with poppler. Skipped where LibreOffice or poppler
/// is missing, saying so; CI installs both.
@Suite("PDF made by LibreOffice from our DOCX")
struct PDFExportTests {
    static var isAvailable: Bool { PDFExport.isAvailable && ExternalTool.isInstalled("pdfinfo", "pdffonts", "pdftotext") }

    /// Writes `data` to a temporary PDF and runs `tool` on it.
    static func run(_ tool: String, _ arguments: [String], on data: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString).pdf")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try ExternalTool(tool)!.run(arguments + [file.path] + (tool == "pdftotext" ? ["-"] : [])).output
    }

    @Test("tagged, titled, in English, fonts embedded, and a contents page whose every line ends in its page number",
          .enabled(if: isAvailable, "needs soffice and poppler-utils on PATH"))
    func published() throws {
        let document = ReportNumbering.apply(to: ReportDocument.sample)
        let rendered = try ReportRendering.render(document: document, format: .pdf, filenameStem: "Sample report")
        #expect(rendered.filename == "sample-report.pdf" && rendered.contentType == "application/pdf")
        #expect(rendered.data.starts(with: Data("%PDF".utf8)))

        let info = try Self.run("pdfinfo", [], on: rendered.data)
        #expect(info.range(of: #"Tagged:\s+yes"#, options: .regularExpression) != nil)
        #expect(info.contains("Title:") && info.contains(document.properties.title))

        let fonts = try Self.run("pdffonts", [], on: rendered.data).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "not embedded: \(font)")
        }

        let text = try Self.run("pdftotext", ["-layout"], on: rendered.data)
        let contents = text.split(separator: "\n").filter { $0.contains("....") }
        let listed = ReportSection.printed(document.sections).filter { $0.depth <= 3 }
        #expect(contents.count >= listed.count)
        for line in contents {
            #expect(line.trimmingCharacters(in: .whitespaces).last?.isNumber == true, "no page number: \(line)")
        }
        // The first section starts after the cover and contents: page 3 or later.
        let first = try #require(contents.first.flatMap { Int(String($0.reversed().drop { $0 == " " }.prefix { $0.isNumber }.reversed())) })
        #expect(first >= 3)
    }
}
