import EquitasCore
@testable import EquitasRender
import Testing

@Suite("DOCX cover, contents and tables")
struct DOCXCoverAndTableTests {
    @Test("the cover prints the title page fields; the contents page lists every heading to three levels with a page reference; it and the first section each start a page")
    func coverThenContents() throws {
        let document = ReportDocument.sample
        let docx = try RenderedDOCX(document)

        let paragraphs = docx.paragraphs
        let page = document.titlePage
        let cover = [page.kicker] + page.organisations + [page.framework, page.dates ?? "", page.versionLabel]
        let contents = paragraphs[cover.count]
        let references = docx.body.all("w:instrText").map(\.text)
        let firstHeading = try #require(docx.paragraphs(style: "Heading1").first)
        let listed = ReportSection.printed(document.sections).filter { $0.depth <= 3 }
        let entries = paragraphs.filter { (RenderedDOCX.style($0) ?? "").hasPrefix("TOC") && RenderedDOCX.style($0) != "TOCHeading" }
        let headingBookmarks = paragraphs.filter { ["Heading1", "Heading2", "Heading3"].contains(RenderedDOCX.style($0) ?? "") }
            .compactMap { $0.all("w:bookmarkStart").first?.attributes["w:name"] }

        #expect(paragraphs.prefix(cover.count).map(RenderedDOCX.text) == cover)
        #expect(paragraphs.prefix(cover.count).map(RenderedDOCX.style) == ["Subtitle", "Title", "Title", "Subtitle", nil, nil])
        #expect(RenderedDOCX.style(contents) == "TOCHeading" && RenderedDOCX.breaksPageBefore(contents))
        #expect(entries.map { RenderedDOCX.text($0) } == listed.map { $0.section.numberedTitle + "\t" })
        #expect(entries.map(RenderedDOCX.style) == listed.map { "TOC\($0.depth)" })
        // Each line links to its heading's bookmark and asks for that bookmark's page.
        #expect(entries.map { $0.all("w:hyperlink").first?.attributes["w:anchor"] } == headingBookmarks)
        #expect(references == headingBookmarks.map { " PAGEREF \($0) \\h " })
        #expect(try docx.package.text("word/settings.xml").contains(#"<w:updateFields w:val="true"/>"#))
        #expect(RenderedDOCX.breaksPageBefore(firstHeading))
        #expect(paragraphs.filter(RenderedDOCX.breaksPageBefore).count == 2)
    }

    @Test("without contents, the first section starts the page after the cover")
    func noContents() throws {
        let docx = try RenderedDOCX(.sample, tableOfContents: false)

        let broken = docx.paragraphs.filter(RenderedDOCX.breaksPageBefore)

        #expect(docx.body.all("w:instrText").isEmpty)
        #expect(broken.map(RenderedDOCX.text) == ["Background"])
    }

    @Test("each table: caption above, Table Grid at full width, a repeating header row, every row as wide as the widest")
    func tables() throws {
        let document = ReportDocument.sample
        let docx = try RenderedDOCX(document)

        let tables = ReportSection.blocks(document.sections).compactMap { block -> ReportTable? in
            if case .table(let table) = block { table } else { nil }
        }
        let rendered = docx.body.all("w:tbl")
        let body = docx.body.children

        #expect(rendered.count == tables.count && tables.count == 3)
        for (table, grid) in zip(tables, rendered) {
            let rows = grid.children.filter { $0.name == "w:tr" }
            let index = try #require(body.firstIndex { $0 === grid })
            #expect(RenderedDOCX.style(body[index - 1]) == "Caption" && RenderedDOCX.text(body[index - 1]) == table.caption)
            #expect(grid.all("w:tblStyle").first?.attributes["w:val"] == "TableGrid")
            #expect(grid.all("w:tblW").first?.attributes == ["w:w": "5000", "w:type": "pct"])
            #expect(rows.count == table.rows.count + 1)
            #expect(rows.map { $0.all("w:tblHeader").count } == [1] + Array(repeating: 0, count: table.rows.count))
            #expect(rows.allSatisfy { $0.all("w:tc").count == table.columnCount })
            #expect(rows.first.map { $0.all("w:tc").map(RenderedDOCX.text) } == table.header)
        }
        #expect(rendered.last.map { $0.all("w:tr")[2].all("w:tc").map(RenderedDOCX.text) } == ["Workforce report", "", ""])
    }

    @Test("a table that ends the report is followed by a paragraph, as Word requires")
    func tableAtTheEnd() throws {
        let document = ReportDocument(
            properties: ReportDocument.sample.properties, titlePage: ReportDocument.sample.titlePage,
            sections: [ReportSection(id: "t", title: "Team", blocks: [.table(ReportTable(caption: "", header: ["A"], rows: [["1"]]))])])
        let docx = try RenderedDOCX(document)

        let names = docx.body.children.map(\.name)

        #expect(names.suffix(3) == ["w:tbl", "w:p", "w:sectPr"])
    }
}
