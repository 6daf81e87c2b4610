import EquitasCore
@testable import EquitasRender
import Foundation
import Testing

@Suite("Charts in Word: DrawingML charts with their figures")
struct BarChartDOCXTests {
    static let document = ChartFixture.document([.chart(ChartFixture.statusChart)])

    @Test("the caption, an inline chart whose title and description are the caption and the text alternative, then the text alternative once")
    func shape() throws {
        let docx = try RenderedDOCX(Self.document)
        let body = docx.body.children
        let drawing = try #require(docx.body.all("w:drawing").first)
        let index = try #require(body.firstIndex { $0.all("w:drawing").first === drawing })
        #expect(RenderedDOCX.style(body[index - 1]) == "Caption" && RenderedDOCX.text(body[index - 1]) == "Actions by status at 30 June 2022")
        let properties = try #require(drawing.all("wp:docPr").first)
        #expect(properties.attributes["title"] == "Actions by status at 30 June 2022")
        #expect(properties.attributes["descr"] == ChartFixture.statusChart.textAlternative)
        #expect(RenderedDOCX.text(body[index + 1]) == ChartFixture.statusChart.textAlternative)
        #expect(docx.body.all("w:tbl").isEmpty)
    }

    @Test("the chart part holds every label and value, a colour per status of 3:1 or more, and points at its workbook")
    func part() throws {
        let docx = try RenderedDOCX(Self.document)
        let relationships = try docx.package.text("word/_rels/document.xml.rels")
        #expect(relationships.contains(#"relationships/chart" Target="charts/chart1.xml""#))
        #expect(try docx.package.text("[Content_Types].xml").contains(#"<Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>"#))
        let chart = try docx.package.xml("word/charts/chart1.xml")
        let categories = chart.all("c:cat").first?.all("c:v").map(\.text)
        let values = chart.all("c:val").first?.all("c:v").map(\.text)
        #expect(categories == ["Not started", "On track", "At risk", "Off track", "Complete", "Closed as not needed"])
        #expect(values == ["4.0", "20.0", "6.0", "2.0", "18.0", "0.0"])
        let fills = chart.all("c:dPt").compactMap { $0.all("a:srgbClr").first?.attributes["val"] }
        #expect(fills == ["505A5F", "00703C", "B35900", "D4351C", "1D70B8", "505A5F"])
        for fill in fills { #expect(ContrastRatio.between(fill, "FFFFFF") >= 3, "\(fill)") }
        #expect(try docx.package.text("word/charts/_rels/chart1.xml.rels").contains("../embeddings/Microsoft_Excel_Worksheet1.xlsx"))
    }

    @Test("labels are escaped in the chart and in its description")
    func escaping() throws {
        let docx = try RenderedDOCX(ChartFixture.document([.chart(ChartFixture.hostileChart)]))
        let chart = try docx.package.xml("word/charts/chart1.xml")
        #expect(chart.all("c:v").map(\.text).contains("<script>alert(1)</script>"))
        #expect(docx.body.all("wp:docPr").first?.attributes["descr"] == ChartFixture.hostileChart.textAlternative)
        #expect(!(try docx.package.text("word/document.xml")).contains("<script>"))
        #expect(!(try docx.package.text("word/charts/chart1.xml")).contains("<script>"))
    }

    @Test("LibreOffice opens it and draws the chart with its labels",
          .enabled(if: OfficeToPDF.isAvailable, "needs soffice and pdftotext on PATH"))
    func libreOffice() throws {
        let text = DOCXOfficeTests.flattened(try OfficeToPDF.text(of: try DOCXRenderer.render(Self.document), fileExtension: "docx"))
        #expect(text.contains("Actions by status at 30 June 2022"))
        // Long labels wrap inside the chart, so only their first words are looked for.
        for label in ["On track", "Complete", "Closed as"] { #expect(text.contains(label), "\(label)") }
    }
}
