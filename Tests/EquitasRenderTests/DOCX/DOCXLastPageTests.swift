import EquitasCore
import EquitasRender
import Foundation
import Testing

/// A report whose last thing is a table (the comments annex, say) used to end on a blank
/// page whenever the table reached the foot of a page: the paragraph Word requires after
/// it did not fit beside it.
@Suite("DOCX ending on a table")
struct DOCXLastPageTests {
    /// Tables of consecutive lengths around the one that fills the first page after the
    /// cover (38 rows with Debian's LibreOffice and fonts, found by trying 30 to 110
    /// before the fix: 38 and 80 ended on a blank page); each must end on the page that
    /// holds its last row.
    @Test("a report ending on a table has no blank page after it, however near the foot the table ends",
          .enabled(if: OfficeToPDF.isAvailable, "needs soffice and pdftotext on PATH"),
          arguments: Self.lengths)
    func noBlankLastPage(rows: Int) throws {
        let table = ReportTable(
            caption: "Comments on the draft", header: ["Draft", "Where", "Comment"],
            rows: (1...rows).map { ["Draft 1", "paragraph \($0)", "Comment number \($0) of \(rows)"] })
        let document = ReportDocument(
            properties: DocumentProperties(title: "Report", subject: "Peer challenge", author: "Equitas", date: CalendarDate("2026-01-05")!),
            titlePage: TitlePage(kicker: "Peer challenge", organisations: ["Wyvern Vale District Council"], framework: "EFLG", dates: nil,
                                 versionLabel: "Final report"),
            sections: [ReportSection(id: "annex-last", title: "Annex: the last table", blocks: [.table(table)])])
        let pages = try OfficeToPDF.text(of: try DOCXRenderer.render(document, tableOfContents: false), fileExtension: "docx")
            .components(separatedBy: "\u{0C}")
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let last = try #require(pages.last)
        #expect(last.contains("Comment number \(rows) of \(rows)"), "the last page holds no row of the table:\n\(last)")
    }

    static let lengths = Array(36...40)
}
