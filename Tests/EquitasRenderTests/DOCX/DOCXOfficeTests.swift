import EquitasCore
import EquitasRender
import Foundation
import Testing

/// The DOCX opened by real software. Skipped where LibreOffice and poppler (or pandoc)
/// are not installed, as in CI: `apt-get install libreoffice-writer-nogui poppler-utils pandoc`.
@Suite("DOCX read by LibreOffice and pandoc")
struct DOCXOfficeTests {
    /// Runs of spaces and line breaks made one space: PDF text wraps where the page does.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("LibreOffice lays it out: every section title, every organisation, page numbers, lists from their start",
          .enabled(if: OfficeToPDF.isAvailable, "needs soffice and pdftotext on PATH"))
    func libreOffice() throws {
        let document = ReportDocument.sample
        let data = try DOCXRenderer.render(document)

        let text = Self.flattened(try OfficeToPDF.text(of: data, fileExtension: "docx"))

        for (section, _) in ReportSection.printed(document.sections) {
            #expect(text.contains(Self.flattened(section.title)), "missing section \(section.title)")
        }
        for organisation in document.titlePage.organisations {
            #expect(text.contains(organisation), "missing organisation \(organisation)")
        }
        #expect(text.contains("Page 2 of"))
        #expect(text.contains("7. Consult earlier") && text.contains("12. Late submission"))
        #expect(!text.contains("Observations"))
    }

    @Test("pandoc reads the headings, lists and tables",
          .enabled(if: ExternalTool.isInstalled("pandoc"), "needs pandoc on PATH"))
    func pandoc() throws {
        let document = ReportDocument.sample
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("docx-pandoc-\(UUID().uuidString).docx")
        try DOCXRenderer.render(document).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let result = try ExternalTool("pandoc")!.run(["-f", "docx", "-t", "markdown", "--wrap=none", file.path])
        let lines = result.output.split(separator: "\n").map(String.init)

        #expect(result.status == 0)
        for (section, depth) in ReportSection.printed(document.sections) {
            let marker = String(repeating: "#", count: depth) + " "
            #expect(lines.contains { $0.hasPrefix(marker) && $0.contains(section.title) }, "missing heading \(section.title) at depth \(depth)")
        }
        #expect(lines.contains { $0.hasPrefix("7.") && $0.hasSuffix("Consult earlier") })
        #expect(lines.contains { $0.hasPrefix("-") && $0.hasSuffix("Knowing your communities") })
        #expect(result.output.contains("Cllr Ann Jones"))
    }
}
