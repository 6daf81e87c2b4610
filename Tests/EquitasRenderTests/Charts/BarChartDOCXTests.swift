import EquitasCore
@testable import EquitasRender
import Foundation
import Testing

@Suite("Bar charts in Word")
struct BarChartDOCXTests {
    static let document = ChartFixture.document([.chart(ChartFixture.statusChart)])

    @Test("caption, a table of label, value and bar, then the text alternative as a paragraph")
    func shape() throws {
        let docx = try RenderedDOCX(Self.document)
        let body = docx.body.children
        let table = try #require(docx.body.all("w:tbl").first)
        let index = try #require(body.firstIndex { $0 === table })
        #expect(RenderedDOCX.style(body[index - 1]) == "Caption" && RenderedDOCX.text(body[index - 1]) == "Actions by status at 30 June 2022")
        #expect(RenderedDOCX.text(body[index + 1]) == ChartFixture.statusChart.textAlternative)

        let rows = table.children.filter { $0.name == "w:tr" }.map { $0.all("w:tc").map(RenderedDOCX.text) }
        #expect(rows.count == 7)
        #expect(rows[0] == ["Status", "Actions", "Bar"])
        #expect(rows.dropFirst().map { $0[0] } == ["Not started", "On track", "At risk", "Off track", "Complete", "Closed as not needed"])
        #expect(rows.dropFirst().map { $0[1] } == ["4", "20", "6", "2", "18", "0"])
    }

    @Test("the table carries the caption and the text alternative as its title and description")
    func altText() throws {
        let table = try #require(try RenderedDOCX(Self.document).body.all("w:tbl").first)
        #expect(table.all("w:tblCaption").first?.attributes["w:val"] == "Actions by status at 30 June 2022")
        #expect(table.all("w:tblDescription").first?.attributes["w:val"] == ChartFixture.statusChart.textAlternative)
    }

    @Test("bars are shaded no-break spaces in proportion to the largest value, in colours of 3:1 or more")
    func bars() throws {
        let table = try #require(try RenderedDOCX(Self.document).body.all("w:tbl").first)
        let barCells = table.children.filter { $0.name == "w:tr" }.dropFirst().map { $0.all("w:tc")[2] }
        let lengths = barCells.map { RenderedDOCX.text($0).unicodeScalars.filter { $0 == "\u{00A0}" }.count }
        // 40 for the largest (20); 4 → 8, 6 → 12, 2 → 4, 18 → 36; none for 0.
        #expect(lengths == [8, 40, 12, 4, 36, 0])
        let fills = barCells.compactMap { $0.all("w:shd").first?.attributes["w:fill"] }
        #expect(fills == ["505A5F", "00703C", "B35900", "D4351C", "1D70B8"])
        for fill in fills { #expect(ContrastRatio.between(fill, "FFFFFF") >= 3, "\(fill)") }
        #expect(WordBarChart.barLength(1, largest: 1000) == 1)
    }

    @Test("labels are escaped in the cells and in the table's description")
    func escaping() throws {
        let docx = try RenderedDOCX(ChartFixture.document([.chart(ChartFixture.hostileChart)]))
        let table = try #require(docx.body.all("w:tbl").first)
        #expect(table.all("w:tc").map(RenderedDOCX.text).contains("<script>alert(1)</script>"))
        #expect(table.all("w:tblDescription").first?.attributes["w:val"] == ChartFixture.hostileChart.textAlternative)
        #expect(!(try docx.package.text("word/document.xml")).contains("<script>"))
    }

    @Test("LibreOffice opens it and lays out the chart's labels, numbers and text alternative",
          .enabled(if: OfficeToPDF.isAvailable, "needs soffice and pdftotext on PATH"))
    func libreOffice() throws {
        let text = DOCXOfficeTests.flattened(try OfficeToPDF.text(of: try DOCXRenderer.render(Self.document), fileExtension: "docx"))
        // pdftotext reads the header cells in its own order, so each is looked for alone.
        #expect(text.contains("Status Actions") && text.contains("Bar"))
        for (label, value) in [("On track", "20"), ("Complete", "18"), ("Closed as not needed", "0")] {
            #expect(text.contains("\(label) \(value)"), "\(label)")
        }
        #expect(text.contains(DOCXOfficeTests.flattened(ChartFixture.statusChart.textAlternative)))
    }
}
