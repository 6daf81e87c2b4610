import EquitasCore
@testable import EquitasRender
import Testing

@Suite("Markdown report")
struct MarkdownReportRendererTests {
    let markdown = MarkdownReportRenderer.render(TextReportFixture.report())
    var lines: [String] { markdown.components(separatedBy: "\n") }

    @Test("one # title, ## per top-level section, ### and #### below; empty sections left out")
    func headingStructure() {
        let headings = lines.filter { $0.hasPrefix("#") }

        #expect(headings.filter { $0.hasPrefix("# ") } == ["# Equality Peer Challenge: Wyvern Vale District Council"])
        #expect(headings.filter { $0.hasPrefix("## ") } == [
            "## Background", "## Executive summary", "## Understanding and working with communities", "## Annex: programme",
        ])
        #expect(headings.filter { $0.hasPrefix("### ") } == ["### Strengths", "### Areas for consideration"])
        #expect(headings.filter { $0.hasPrefix("#### ") } == ["#### Reaching Excellent"])
        #expect(!markdown.contains("Observations") && !markdown.contains("Empty"))
    }

    @Test("the title page lines follow the title, the version label in bold")
    func titlePage() {
        #expect(markdown.hasPrefix("""
        # Equality Peer Challenge: Wyvern Vale District Council

        Equality Framework for Local Government (2021) — Achieving

        11 to 13 March 2025

        **Draft 1 for council comment**

        ## Background
        """))
        #expect(markdown.hasSuffix("\n\n---\n\nDraft 1 for council comment · Priya Shah · 14 March 2025\n"))
    }

    @Test("bullets and numbered lists, numbers kept from their start")
    func lists() {
        #expect(markdown.contains("\n\n- Knowing your communities\n- Leadership\n\n"))
        #expect(markdown.contains("\n\n1. Publish impact assessments\n2. Collect workforce data\n3. Set up a staff forum\n\n"))
        #expect(markdown.contains("\n\n7. Consult earlier\n8. Publish results\n\n"))
    }

    @Test("two lists of one kind in a row take turns with the other marker so they stay apart")
    func adjacentLists() {
        let section = ReportSection(id: "s", title: "S", blocks: [
            .numbered([ReportItem("a")], start: 1), .numbered([ReportItem("b")], start: 5), .numbered([ReportItem("c")], start: 9),
            .bullets([ReportItem("d")]), .bullets([ReportItem("e")]),
        ])

        let blocks = MarkdownReportRenderer.section(section, depth: 0)

        #expect(blocks == ["## S", "1. a", "5) b", "9. c", "- d", "* e"])
    }

    @Test("quotes with attribution; tables with a bold caption")
    func quotesAndTables() {
        #expect(markdown.contains("\n\n> We finally feel heard.\n>\n> — Community group member\n\n"))
        #expect(markdown.contains("""
        **The peer team**

        | Name | Organisation | Role |
        | --- | --- | --- |
        | Cllr Ann Jones | Calder Moor Borough Council | Member peer |
        | Sam Patel | Local Government Association | Review manager |
        """))
    }

    @Test("a ragged table is padded; one without a header gets empty header cells")
    func raggedTable() {
        let table = ReportTable(caption: "", header: [], rows: [["a"], ["b", "c"]])

        #expect(MarkdownReportRenderer.table(table) == "|  |  |\n| --- | --- |\n| a |  |\n| b | c |")
    }

    @Test("paragraph lines and blank lines inside a quote are kept")
    func multilineText() {
        #expect(MarkdownReportRenderer.block(.paragraph("One\n  # two\n\nthree")) == "One\n\\# two\n\nthree")
        #expect(MarkdownReportRenderer.block(.quote(text: "a\n\nb", attribution: "")) == "> a\n>\n> b")
    }

    @Test("deeper than ###### stays ######; the same document gives the same text")
    func deepAndDeterministic() {
        let deep = ReportSection(id: "d", title: "Deep", blocks: [.paragraph("x")])

        #expect(MarkdownReportRenderer.section(deep, depth: 6).first == "###### Deep")
        #expect(MarkdownReportRenderer.render(TextReportFixture.report()) == markdown)
    }
}
