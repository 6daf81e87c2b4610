import EquitasCore
@testable import EquitasRender
import Foundation
import Testing

@Suite("Progress reports rendered")
struct ProgressReportRenderingTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    /// Two actions: one moved to complete in May, one overdue since April with a note in June.
    static let record = ActionPlanRecord(
        plan: Identified(id: id(1), value: ActionPlan(organisationId: id(2), title: "Equality action plan 2021")),
        items: [
            PlanItemRecord(
                item: Identified(id: id(10), value: PlanItem(number: 7, text: "Publish workforce data.", response: .agreed)),
                actions: [
                    PlanActionRecord(
                        action: Identified(id: id(100), value: PlanAction(description: "Publish the annual report", leadId: id(50), timescale: .due(day("2022-05-31")), status: .complete)),
                        updates: [Identified(id: id(1000), value: ProgressUpdate(date: day("2022-05-12"), author: "Jo", text: "Published", status: .complete, previousStatus: .onTrack))]),
                    PlanActionRecord(
                        action: Identified(id: id(101), value: PlanAction(description: "Staff survey <2022>", timescale: .due(day("2022-04-01")), status: .atRisk)),
                        updates: [Identified(id: id(1001), value: ProgressUpdate(date: day("2022-06-01"), author: "Jo", text: "Supplier found"))]),
                ]),
        ])

    static let vocabulary = PlanVocabulary(people: [Identified(id: id(50), value: Person(name: "Rachel Barker"))])

    static func render(_ format: ReportFormat) throws -> RenderedReport {
        try ProgressReportRendering.render(
            record: record, vocabulary: vocabulary, organisationName: "Wyvern Vale District Council",
            asOf: day("2022-06-30"), since: day("2022-03-31"), format: format)
    }

    @Test("HTML: one well-formed page with the chart, the changes and the markers")
    func html() throws {
        let rendered = try Self.render(.html)
        let html = String(decoding: rendered.data, as: UTF8.self)
        let root = try #require(ParsedPage(html)).root
        #expect(rendered.filename == "wyvern-vale-district-council-action-plan-progress-2022-06-30.html")
        #expect(root.all("svg").count == 1)
        #expect(root.all("desc").first?.allText == "Bar chart of 2 actions by status: Not started 0, On track 0, At risk 1, Off track 0, Complete 1, Closed as not needed 0.")
        let cells = root.all("td").map(\.allText)
        #expect(cells.contains("Changed") && cells.contains("New update"))
        #expect(cells.contains("At risk — overdue"))
        #expect(root.all("li").map(\.allText).contains("7.1 Publish the annual report — On track → Complete (12 May 2022)"))
        #expect(html.contains("Staff survey &lt;2022&gt;"))
    }

    @Test("DOCX: a package whose body holds the status chart and the marked rows")
    func docx() throws {
        let rendered = try Self.render(.docx)
        #expect(rendered.filename.hasSuffix("-2022-06-30.docx") && rendered.contentType.contains("wordprocessingml"))
        let package = try UnzippedPackage(rendered.data)
        let body = try package.xml("word/document.xml")
        let cells = body.all("w:tc").map(RenderedDOCX.text)
        #expect(cells.contains("Changed") && cells.contains("New update"))
        #expect(body.all("wp:docPr").count == 1)
        #expect(try package.xml("word/charts/chart1.xml").all("c:ser").count == 1)
    }

    @Test("DOCX opens in LibreOffice with the numbers in its text",
          .enabled(if: OfficeToPDF.isAvailable, "needs soffice and pdftotext on PATH"))
    func libreOffice() throws {
        let text = DOCXOfficeTests.flattened(try OfficeToPDF.text(of: try Self.render(.docx).data, fileExtension: "docx"))
        #expect(text.contains("Action plan progress report"))
        #expect(text.contains("Of 2 actions at 30 June 2022, 1 is complete and 1 is at risk. 1 is overdue"))
        #expect(text.contains("Complete") && text.contains("At risk"))
    }

    @Test("Markdown is offered too; PPTX is refused, naming the format")
    func formats() throws {
        #expect(String(decoding: try Self.render(.md).data, as: UTF8.self).contains("| 7\\.1 | Publish the annual report |"))
        #expect(throws: ValidationFailure(path: "format", message: "this report comes as docx, pdf, html or md; pptx is only for a challenge's feedback deck")) {
            try Self.render(.pptx)
        }
    }

    @Test("a previous report dated on or after this one is refused, naming since")
    func period() {
        #expect(throws: ValidationFailure.self) {
            try ProgressReportRendering.render(
                record: Self.record, vocabulary: Self.vocabulary, organisationName: "Wyvern Vale District Council",
                asOf: Self.day("2022-06-30"), since: Self.day("2022-07-01"), format: .html)
        }
    }

    @Test("the generic entry names any document's file from a stem")
    func generic() throws {
        let rendered = try ReportRendering.render(document: ChartFixture.document([.paragraph("Hello")]), format: .md, filenameStem: "Équipe report: June")
        #expect(rendered.filename == "equipe-report-june.md")
    }
}
