import EquitasCore
@testable import EquitasRender
import Testing

@Suite("DOCX numbered paragraphs and landscape tables")
struct DOCXSectionsTests {
    static func document(_ sections: [ReportSection]) -> ReportDocument {
        ReportDocument(properties: ReportDocument.sample.properties, titlePage: ReportDocument.sample.titlePage, sections: sections)
    }

    @Test("a numbered section's heading and paragraphs carry their numbers; an anchored paragraph is bookmarked")
    func cited() throws {
        let document = ReportNumbering.apply(to: Self.document([ReportSection(id: "findings", title: "Findings", blocks: [
            .paragraph("General point."),
            .bullets([ReportItem("A finding.", anchor: "F1"), ReportItem("Another.", anchor: "F2")]),
        ])]))
        let docx = try RenderedDOCX(document)

        let heading = try #require(docx.paragraphs(style: "Heading1").first)
        let cited = docx.paragraphs(style: WordStyles.cited)

        #expect(RenderedDOCX.text(heading) == "1 Findings")
        #expect(cited.map(RenderedDOCX.text) == ["1.1\tGeneral point.", "1.2\tA finding.", "1.3\tAnother."])
        #expect(cited.map { $0.all("w:bookmarkStart").first?.attributes["w:name"] } == [nil, "F1", "F2"])
    }

    @Test("a table whose words do not fit a portrait page gets a landscape section of its own; the title page keeps its own footer")
    func landscape() throws {
        let header = ["Module", "Actions", "Not started", "On track", "At risk", "Off track", "Complete", "Closed as not needed", "Overdue"]
        let wide = ReportTable(caption: "Actions by module", header: header, rows: [["Understanding your communities"] + Array(repeating: "12", count: 8)])
        let narrow = ReportTable(caption: "Team", header: ["Name", "Role"], rows: [["Ann", "Lead"]])
        #expect(WordTable.needsLandscape(wide) && !WordTable.needsLandscape(narrow))

        let docx = try RenderedDOCX(Self.document([ReportSection(id: "s", title: "Summary", blocks: [.table(narrow), .table(wide), .paragraph("After.")])]))

        let sections = docx.body.all("w:sectPr")
        let orientations = sections.map { $0.all("w:pgSz").first?.attributes["w:orient"] }
        let grids = docx.body.all("w:tbl").map { $0.all("w:gridCol").compactMap { Int($0.attributes["w:w"] ?? "") }.reduce(0, +) }

        // Portrait up to the wide table, landscape for it, portrait after.
        #expect(orientations == [nil, "landscape", nil])
        #expect(sections.map { !$0.all("w:titlePg").isEmpty } == [true, false, false])
        #expect(sections.allSatisfy { !$0.all("w:footerReference").isEmpty })
        #expect(grids == [WordPageLayout.textWidth, WordPageLayout.landscapeTextWidth])
        // Every column at least as wide as its longest word needs.
        let widths = WordTable.columnWidths(for: wide, total: WordPageLayout.landscapeTextWidth)
        #expect(zip(widths, WordTable.minimumWidths(for: wide)).allSatisfy { $0 >= $1 })

        // Two wide tables in a row share one landscape section, with no empty page
        // between; a report ending on one ends landscape.
        let twice = try RenderedDOCX(Self.document([ReportSection(id: "s", title: "Summary", blocks: [.table(wide), .table(wide)])]))
        #expect(twice.body.all("w:sectPr").map { $0.all("w:pgSz").first?.attributes["w:orient"] } == [nil, "landscape"])
    }
}
