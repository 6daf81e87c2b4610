import EquitasCore
import EquitasSheets

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
    /// Every heading in document order, for the contents page.
    private(set) var headings: [WordContents.Entry] = []
    /// Where the contents page goes once the headings are known: after the cover.
    /// In UTF-8 bytes, which appending after it never moves.
    private var contentsOffset: Int?
    /// The footer every section shows (page numbers).
    let footerRelationshipId: String
    /// The document part's relationships, to which each chart adds its own.
    private(set) var relationships: OOXMLRelationships
    /// In document order; chart i (0-based) is `word/charts/chart<i+1>.xml`.
    private(set) var charts: [WordChart] = []
    /// Sections ended so far by a landscape table; the first one ended carries the
    /// title page's `titlePg`.
    private(set) var sectionsEnded = 0

    init(relationships: OOXMLRelationships, footerRelationshipId: String) {
        self.relationships = relationships
        self.footerRelationshipId = footerRelationshipId
    }

    /// True from a landscape table until the next thing that is not one, so that wide
    /// tables in a row share their landscape pages.
    private(set) var inLandscape = false

    /// The body's closing section properties: landscape if the body ends on a wide table.
    var finalSectionProperties: String {
        WordPageLayout.sectionProperties(footerRelationshipId: footerRelationshipId, landscape: inLandscape, titlePage: sectionsEnded == 0)
    }

    /// The cover; the contents, when wanted, are put after it by `finish` once every
    /// heading (and its bookmark) is known.
    mutating func addTitlePage(_ page: TitlePage, tableOfContents: Bool) {
        append(WordTitlePage.xml(page))
        if tableOfContents { contentsOffset = xml.utf8.count }
        breaksBeforeNextParagraph = true
    }

    /// Sections at `depth` (1 for top level) and, under each, its subsections one deeper.
    /// An empty section is skipped: a heading with nothing under it says nothing.
    mutating func addSections(_ sections: [ReportSection], depth: Int = 1) {
        for section in sections where !section.isEmpty {
            let name = bookmarks.uniqueName(for: section.id)
            let heading = WordBookmarks.wrap(WordText.run(section.numberedTitle), name: name, id: headings.count)
            headings.append(WordContents.Entry(bookmark: name, title: section.numberedTitle, depth: depth))
            leaveLandscape()
            append(WordText.paragraph(style: WordStyles.heading(depth: depth), properties: takePageBreak(), heading))
            for block in section.blocks { add(block) }
            addSections(section.subsections, depth: depth + 1)
        }
    }

    static let closingParagraph = #"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="1" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>"#

    /// The body ready to close with section properties.
    mutating func finish() -> String {
        // Word wants a paragraph after a body's last table. An ordinary one, with its
        // line and spacing, was pushed onto a page of its own when the table ended near
        // the foot of a page: a blank last page. This one is a twentieth of a point tall.
        if endsWithTable { append(Self.closingParagraph) }
        if let contentsOffset {
            xml.insert(contentsOf: WordContents.xml(headings), at: xml.utf8.index(xml.utf8.startIndex, offsetBy: contentsOffset))
        }
        return xml
    }

    private mutating func add(_ block: ReportBlock) {
        if case .table(let table) = block, table.columnCount > 0, WordTable.needsLandscape(table) {} else { leaveLandscape() }
        switch block {
        case .paragraph(let text):
            append(WordText.paragraph(properties: takePageBreak(), WordText.run(text)))
        case .emphasis(let text):
            append(WordText.paragraph(properties: takePageBreak(), WordText.run(text, bold: true)))
        case .bullets(let items):
            addList(items, style: WordStyles.listBullet, numberingId: WordNumbering.bulletNumberingId)
        case .cited(let items):
            for item in items {
                var content = item.number.map { WordText.run($0) + "<w:r><w:tab/></w:r>" } ?? ""
                content += WordText.run(item.text)
                if let anchor = item.anchor { content = bookmarks.wrap(content, anchor: anchor) }
                append(WordText.paragraph(style: WordStyles.cited, properties: takePageBreak(), content))
            }
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
            addChart(WordChart(chart))
        case .comparison(let chart):
            addChart(WordChart(chart))
        }
    }

    /// The caption, the chart as Word draws its own (its text alternative as the
    /// drawing's description, its figures as data labels), then the text alternative
    /// printed once beneath: LibreOffice 7.4 does not carry a chart's description into
    /// a PDF's /Alt, so the words under it are what a screen reader finds there.
    private mutating func addChart(_ chart: WordChart) {
        append(WordText.paragraph(style: WordStyles.caption, properties: takePageBreak(), WordText.run(chart.caption)))
        charts.append(chart)
        let id = relationships.add(type: WordChart.relationshipType, target: "charts/chart\(charts.count).xml")
        append(chart.paragraph(relationshipId: id, drawingId: charts.count))
        append(WordText.paragraph(WordText.run(chart.description)))
    }

    private mutating func addList(_ items: [ReportItem], style: String, numberingId: Int) {
        for item in items {
            var content = WordText.run(item.text)
            if let anchor = item.anchor { content = bookmarks.wrap(content, anchor: anchor) }
            let properties = takePageBreak() + WordNumbering.paragraphProperties(numberingId: numberingId)
            append(WordText.paragraph(style: style, properties: properties, content))
        }
    }

    /// A table whose words would break on a portrait page goes on landscape pages: the
    /// portrait section ends just before its caption, and the landscape one before
    /// whatever portrait content follows it (`leaveLandscape`).
    private mutating func addTable(_ table: ReportTable) {
        let landscape = table.columnCount > 0 && WordTable.needsLandscape(table)
        if landscape, !inLandscape {
            endSection(landscape: false)
            inLandscape = true
        }
        let grid = WordTable.xml(table, width: landscape ? WordPageLayout.landscapeTextWidth : WordPageLayout.textWidth)
        if !table.caption.isEmpty || (endsWithTable && !grid.isEmpty) {
            append(WordText.paragraph(style: WordStyles.caption, properties: takePageBreak(), WordText.run(table.caption)))
        }
        guard !grid.isEmpty else { return }
        xml += grid
        endsWithTable = true
    }

    /// Ends the landscape section, if one is open, before portrait content.
    private mutating func leaveLandscape() {
        guard inLandscape else { return }
        endSection(landscape: true)
        inLandscape = false
    }

    /// An empty paragraph whose properties end the section so far, the next starting on
    /// a new page.
    private mutating func endSection(landscape: Bool) {
        let properties = WordPageLayout.sectionProperties(
            footerRelationshipId: footerRelationshipId, landscape: landscape, titlePage: sectionsEnded == 0)
        append(WordText.paragraph(properties: takePageBreak() + properties, ""))
        sectionsEnded += 1
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
