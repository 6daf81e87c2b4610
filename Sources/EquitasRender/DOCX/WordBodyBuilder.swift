import EquitasCore

/// Writes the body of `word/document.xml` from a report, collecting what other parts
/// need along the way: the start of each numbered list for `numbering.xml`.
struct WordBodyBuilder {
    private(set) var xml = ""
    /// In document order; the list at index i uses `WordNumbering.numberedListId(index: i)`.
    private(set) var numberedListStarts: [Int] = []
    private var bookmarks = WordBookmarks()
    /// Word merges two tables that touch into one, and requires a paragraph after a
    /// table that ends the body, so a table is always followed by a paragraph.
    private var endsWithTable = false
    private var breaksBeforeNextParagraph = false

    mutating func addTitlePage(_ page: TitlePage, tableOfContents: Bool) {
        append(WordTitlePage.xml(page))
        if tableOfContents {
            append(WordTitlePage.tableOfContents())
        }
        breaksBeforeNextParagraph = true
    }

    /// Sections at `depth` (1 for top level) and, under each, its subsections one deeper.
    /// An empty section is skipped: a heading with nothing under it says nothing.
    mutating func addSections(_ sections: [ReportSection], depth: Int = 1) {
        for section in sections where !section.isEmpty {
            let heading = bookmarks.wrap(WordText.run(section.title), anchor: section.id)
            append(WordText.paragraph(style: WordStyles.heading(depth: depth), properties: takePageBreak(), heading))
            for block in section.blocks { add(block) }
            addSections(section.subsections, depth: depth + 1)
        }
    }

    /// The body ready to close with section properties.
    mutating func finish() -> String {
        if endsWithTable { append("<w:p/>") }
        return xml
    }

    private mutating func add(_ block: ReportBlock) {
        switch block {
        case .paragraph(let text):
            append(WordText.paragraph(properties: takePageBreak(), WordText.run(text)))
        case .emphasis(let text):
            append(WordText.paragraph(properties: takePageBreak(), WordText.run(text, bold: true)))
        case .bullets(let items):
            addList(items, style: WordStyles.listBullet, numberingId: WordNumbering.bulletNumberingId)
        case .numbered(let items, let start):
            guard !items.isEmpty else { return }
            let id = WordNumbering.numberedListId(index: numberedListStarts.count)
            numberedListStarts.append(start)
            addList(items, style: WordStyles.listNumber, numberingId: id)
        case .quote(let text, let attribution):
            append(WordText.paragraph(style: WordStyles.quote, properties: takePageBreak(), WordText.run(text)))
            if !attribution.isEmpty {
                append(WordText.paragraph(style: WordStyles.attribution, WordText.run("\u{2014} " + attribution)))
            }
        case .table(let table):
            addTable(table)
        case .chart(let chart):
            addChart(chart)
        case .comparison(let chart):
            append(WordText.paragraph(style: WordStyles.caption, properties: takePageBreak(), WordText.run(chart.caption)))
            xml += WordComparisonChart.xml(chart)
            append(WordText.paragraph(WordText.run(chart.textAlternative)))
        }
    }

    /// Caption, the chart as a table, then its text alternative as a paragraph (which
    /// also keeps the table from touching whatever table comes next).
    private mutating func addChart(_ chart: BarChart) {
        append(WordText.paragraph(style: WordStyles.caption, properties: takePageBreak(), WordText.run(chart.caption)))
        xml += WordBarChart.xml(chart)
        append(WordText.paragraph(WordText.run(chart.textAlternative)))
    }

    private mutating func addList(_ items: [ReportItem], style: String, numberingId: Int) {
        for item in items {
            var content = WordText.run(item.text)
            if let anchor = item.anchor { content = bookmarks.wrap(content, anchor: anchor) }
            let properties = takePageBreak() + WordNumbering.paragraphProperties(numberingId: numberingId)
            append(WordText.paragraph(style: style, properties: properties, content))
        }
    }

    private mutating func addTable(_ table: ReportTable) {
        let grid = WordTable.xml(table)
        if !table.caption.isEmpty || (endsWithTable && !grid.isEmpty) {
            append(WordText.paragraph(style: WordStyles.caption, properties: takePageBreak(), WordText.run(table.caption)))
        }
        guard !grid.isEmpty else { return }
        xml += grid
        endsWithTable = true
    }

    private mutating func append(_ paragraph: String) {
        xml += paragraph
        endsWithTable = false
    }

    /// `w:pageBreakBefore` for the first paragraph after the cover, nothing after that.
    private mutating func takePageBreak() -> String {
        guard breaksBeforeNextParagraph else { return "" }
        breaksBeforeNextParagraph = false
        return WordTitlePage.pageBreakBefore
    }
}
