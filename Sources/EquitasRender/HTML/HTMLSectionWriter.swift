import EquitasCore
import EquitasSheets

/// Writes the sections of a report as nested `<section>` elements, claiming their ids
/// as it goes and noting each heading for the table of contents, so that the contents
/// links and the targets come from the same claim and cannot disagree.
struct HTMLSectionWriter {
    struct ContentsEntry {
        var id: String
        var title: String
        var depth: Int
    }

    private(set) var html = ""
    private(set) var contents: [ContentsEntry] = []
    private var ids: HTMLAnchorIDs
    private let annotations: HTMLAnnotations?

    init(ids: HTMLAnchorIDs, annotations: HTMLAnnotations? = nil) {
        self.ids = ids
        self.annotations = annotations
    }

    /// Depth 0 is a top-level section and takes `<h2>`: the page's `<h1>` is the title page.
    mutating func write(_ section: ReportSection, depth: Int) {
        guard !section.isEmpty else { return }
        let id = ids.claim(section.id, fallback: "section")
        contents.append(ContentsEntry(id: id, title: section.numberedTitle, depth: depth))
        html += "<section id=\"\(XMLText.escapeAttribute(id))\">\n"
        html += Self.heading(section.numberedTitle, level: depth + 2) + "\n"
        if let note = annotations?.section(section) { html += note + "\n" }
        for block in section.blocks { write(block) }
        for subsection in section.subsections { write(subsection, depth: depth + 1) }
        html += "</section>\n"
    }

    /// HTML stops at `<h6>`; deeper levels keep their place in the outline through ARIA.
    static func heading(_ title: String, level: Int) -> String {
        let text = XMLText.escape(title)
        if level <= 6 { return "<h\(level)>\(text)</h\(level)>" }
        return "<div class=\"heading-deep\" role=\"heading\" aria-level=\"\(level)\">\(text)</div>"
    }

    private mutating func write(_ block: ReportBlock) {
        switch block {
        case .paragraph(let text):
            html += "<p>\(XMLText.escape(text))</p>\n"
        case .emphasis(let text):
            html += "<p class=\"lead\"><strong>\(XMLText.escape(text))</strong></p>\n"
        case .bullets(let items):
            html += "<ul>\n" + listItems(items) + "</ul>\n"
        case .numbered(let items, let start):
            html += "<ol start=\"\(start)\">\n" + listItems(items) + "</ol>\n"
        case .cited(let items):
            html += citedParagraphs(items)
        case .quote(let text, let attribution):
            html += "<figure class=\"quote\">\n<blockquote><p>\(XMLText.escape(text))</p></blockquote>\n"
            if !attribution.isEmpty { html += "<figcaption>— \(XMLText.escape(attribution))</figcaption>\n" }
            html += "</figure>\n"
        case .table(let table):
            html += Self.table(table)
        case .chart(let chart):
            // The title and desc ids are claimed too, so a section called "chart-title"
            // cannot make the SVG's name point at the wrong element.
            let id = ids.claim("chart", fallback: "chart")
            let names = (title: ids.claim(id + "-title", fallback: "chart-title"), desc: ids.claim(id + "-desc", fallback: "chart-desc"))
            html += HTMLBarChart.figure(chart, id: id, titleID: names.title, descID: names.desc)
            html += Self.table(HTMLBarChart.dataTable(chart))
        case .comparison(let chart):
            let id = ids.claim("chart", fallback: "chart")
            let names = (title: ids.claim(id + "-title", fallback: "chart-title"), desc: ids.claim(id + "-desc", fallback: "chart-desc"))
            html += HTMLComparisonChart.figure(chart, id: id, titleID: names.title, descID: names.desc)
            if chart.tabledBeside != true { html += Self.table(chart.dataTable) }
        }
    }

    /// Each paragraph led by its number, which stays in the text when copied so that a
    /// quotation keeps its reference.
    private mutating func citedParagraphs(_ items: [ReportItem]) -> String {
        items.map { item in
            let number = item.number.map { "<span class=\"paragraph-number\">\(XMLText.escape($0))</span> " } ?? ""
            return "<p class=\"cited\"" + idAttribute(item) + ">" + number + XMLText.escape(item.text) + "</p>\n" + note(item)
        }.joined()
    }

    private mutating func listItems(_ items: [ReportItem]) -> String {
        items.map { item in "<li" + idAttribute(item) + ">\(XMLText.escape(item.text))" + note(item) + "</li>\n" }.joined()
    }

    /// The caller's markup after an item that shows a finding or recommendation.
    private func note(_ item: ReportItem) -> String {
        guard let anchor = item.anchor, let note = annotations?.item(anchor) else { return "" }
        return note
    }

    /// ` id="item-…"` for an item that shows a finding or recommendation, claimed so
    /// that comments and diffs can link to it; empty for one without an anchor.
    private mutating func idAttribute(_ item: ReportItem) -> String {
        guard let anchor = item.anchor else { return "" }
        let id = ids.claim("item-" + HTMLAnchorIDs.sanitise(anchor), fallback: "item")
        return " id=\"\(XMLText.escapeAttribute(id))\""
    }

    /// The first column heads its row when the table has more than one column: in every
    /// table a report holds (team, programme, evidence) it names what the row is about.
    private static func table(_ table: ReportTable) -> String {
        let rowHeaders = table.columnCount > 1
        var html = "<table>\n"
        if !table.caption.isEmpty { html += "<caption>\(XMLText.escape(table.caption))</caption>\n" }
        if !table.paddedHeader.isEmpty {
            let cells = table.paddedHeader.map { "<th scope=\"col\">\(XMLText.escape($0))</th>" }
            html += "<thead>\n<tr>" + cells.joined() + "</tr>\n</thead>\n"
        }
        html += "<tbody>\n"
        // Each cell carries its column's heading, which a narrow screen shows before it
        // when the style sheet lays each row out as a list of heading and value.
        let headings = table.paddedHeader
        for row in table.paddedRows {
            let cells = row.enumerated().map { index, cell in
                if index == 0 && rowHeaders && !cell.isEmpty { return "<th scope=\"row\">\(XMLText.escape(cell))</th>" }
                let heading = index < headings.count ? headings[index] : ""
                let label = heading.isEmpty ? "" : " data-label=\"\(XMLText.escapeAttribute(heading))\""
                return "<td\(label)>\(XMLText.escape(cell))</td>"
            }
            html += "<tr>" + cells.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
