import EquitasCore
@testable import EquitasRender
import Testing

@Suite("DOCX body: headings, lists, quotes and the cover")
struct DOCXStructureTests {
    @Test("each printed section is a heading whose level is its depth, in order; empty ones are left out")
    func headings() throws {
        let document = ReportDocument.sample
        let docx = try RenderedDOCX(document)

        let printed = ReportSection.printed(document.sections)
        let headings = docx.paragraphs.filter { RenderedDOCX.style($0)?.hasPrefix("Heading") == true }

        #expect(headings.map(RenderedDOCX.text) == printed.map(\.section.title))
        #expect(headings.map(RenderedDOCX.style) == printed.map { "Heading\($0.depth)" })
        #expect(docx.paragraphs(style: "Heading1").count == 6)
        #expect(docx.paragraphs(style: "Heading4").map(RenderedDOCX.text) == ["First quarter"])
        #expect(!headings.map(RenderedDOCX.text).contains("Observations"))
    }

    @Test("sections deeper than four share Heading4, the deepest style defined", arguments: [(1, "Heading1"), (4, "Heading4"), (6, "Heading4")])
    func deepHeadings(depth: Int, style: String) {
        #expect(WordStyles.heading(depth: depth) == style)
    }

    @Test("styles.xml defines the built-in styles, headings with outline levels for the navigation pane")
    func builtInStyles() throws {
        let styles = try RenderedDOCX(.sample).package.xml("word/styles.xml").all("w:style")

        let ids = Set(styles.compactMap { $0.attributes["w:styleId"] })
        func outlineLevel(_ id: String) -> String? {
            styles.first { $0.attributes["w:styleId"] == id }?.all("w:outlineLvl").first?.attributes["w:val"]
        }

        #expect(ids.isSuperset(of: ["Normal", "Title", "Subtitle", "ListBullet", "ListNumber", "Quote", "Caption", "TableGrid"]))
        #expect((1...4).map { outlineLevel("Heading\($0)") } == ["0", "1", "2", "3"])
        #expect(outlineLevel("Normal") == nil)
    }

    @Test("every numbered block is its own list, starting at the block's start")
    func numberedListsRestart() throws {
        let document = ReportDocument.sample
        let docx = try RenderedDOCX(document)

        let blocks = ReportSection.blocks(document.sections).compactMap { block -> (count: Int, start: Int)? in
            if case .numbered(let items, let start) = block { (items.count, start) } else { nil }
        }
        let listParagraphs = docx.paragraphs(style: "ListNumber")
        let ids = listParagraphs.compactMap(RenderedDOCX.numberingId).reduce(into: [String]()) { ids, id in
            if ids.last != id { ids.append(id) }
        }
        let numbering = try docx.package.xml("word/numbering.xml")
        func start(_ id: String) -> Int? {
            let num = numbering.all("w:num").first { $0.attributes["w:numId"] == id }
            return num?.all("w:startOverride").first?.attributes["w:val"].flatMap { Int($0) }
        }

        #expect(blocks.map(\.start) == [1, 1, 7, 12])
        #expect(ids.count == blocks.count && Set(ids).count == ids.count)
        #expect(ids.map { id in listParagraphs.filter { RenderedDOCX.numberingId($0) == id }.count } == blocks.map(\.count))
        #expect(ids.map(start) == blocks.map(\.start))
    }

    @Test("bulleted paragraphs match the items, in the bullet list definition")
    func bullets() throws {
        let document = ReportDocument.sample
        let docx = try RenderedDOCX(document)

        let items = ReportSection.blocks(document.sections).flatMap { block -> [ReportItem] in
            if case .bullets(let items) = block { items } else { [] }
        }
        let paragraphs = docx.paragraphs(style: "ListBullet")
        let numbering = try docx.package.xml("word/numbering.xml")
        let bulletId = try #require(Set(paragraphs.compactMap(RenderedDOCX.numberingId)).first)
        let abstractId = numbering.all("w:num").first { $0.attributes["w:numId"] == bulletId }?.all("w:abstractNumId").first?.attributes["w:val"]
        let format = numbering.all("w:abstractNum").first { $0.attributes["w:abstractNumId"] == abstractId }?.all("w:numFmt").first?.attributes["w:val"]

        #expect(paragraphs.map(RenderedDOCX.text) == items.map(\.text))
        #expect(Set(paragraphs.compactMap(RenderedDOCX.numberingId)).count == 1)
        #expect(format == "bullet")
    }

    @Test("a long report keeps every item: 300 findings over 20 sections, 40 recommendations in one list")
    func longReport() throws {
        let docx = try RenderedDOCX(.large())

        let recommendations = docx.paragraphs(style: "ListNumber")

        #expect(docx.paragraphs(style: "ListBullet").count == 300)
        #expect(recommendations.count == 40 && Set(recommendations.compactMap(RenderedDOCX.numberingId)).count == 1)
        #expect(docx.paragraphs(style: "Heading1").count == 22)
        #expect(docx.body.all("w:tr").count == 61)
    }

    @Test("a quote is followed by its attribution")
    func quote() throws {
        let docx = try RenderedDOCX(.sample)

        let paragraphs = docx.paragraphs
        let index = try #require(paragraphs.firstIndex { RenderedDOCX.style($0) == "Quote" })

        #expect(RenderedDOCX.text(paragraphs[index]) == "We finally feel heard.")
        #expect(RenderedDOCX.text(paragraphs[index + 1]) == "\u{2014} Community group member")
        #expect(RenderedDOCX.style(paragraphs[index + 1]) == "QuoteAttribution")
    }

    @Test("line breaks and tabs become w:br and w:tab, and every run keeps its spaces")
    func breaksAndSpaces() throws {
        let docx = try RenderedDOCX(.sample)

        let paragraph = docx.paragraphs.first { RenderedDOCX.text($0).hasPrefix("Line one") }

        #expect(paragraph.map(RenderedDOCX.text) == "Line one\nLine two\tafter a tab")
        #expect(docx.body.all("w:t").allSatisfy { $0.attributes["xml:space"] == "preserve" })
    }
}
