import EquitasCore

/// A report as CommonMark, with GitHub-flavoured pipe tables: readable as plain text
/// and convertible by any Markdown tool. Blocks are separated by one blank line; user
/// text passes through `MarkdownText`, so it never adds structure of its own.
public enum MarkdownReportRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var blocks = [titlePage(document.properties, document.titlePage)]
        for section in document.sections { blocks += self.section(section, depth: 0) }
        let properties = document.properties
        blocks.append("---")
        blocks.append([document.titlePage.versionLabel, properties.author, properties.date.longForm]
            .map { MarkdownText.line($0) }.joined(separator: " · "))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The document title as the one `#` heading, then the title page's lines as
    /// paragraphs, the version label in bold so a draft is not mistaken for the final.
    static func titlePage(_ properties: DocumentProperties, _ page: TitlePage) -> String {
        var lines = ["# " + MarkdownText.heading(properties.title)]
        lines += [page.framework, page.dates].compactMap { $0 }.map { MarkdownText.line($0) }
        lines.append(strong(page.versionLabel))
        return lines.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Top-level sections are `##`; Markdown has no level past six, so deeper ones stay `######`.
    static func section(_ section: ReportSection, depth: Int) -> [String] {
        guard !section.isEmpty else { return [] }
        var blocks = [String(repeating: "#", count: min(depth + 2, 6)) + " " + numberPrefix(section.number) + MarkdownText.heading(section.title)]
        var previous: ReportBlock?
        var alternate = false
        for block in section.blocks {
            alternate = previous.map { sameListKind($0, block) } ?? false ? !alternate : false
            let text = self.block(block, alternate: alternate)
            if !text.isEmpty { blocks.append(text) }
            previous = block
        }
        for subsection in section.subsections { blocks += self.section(subsection, depth: depth + 1) }
        return blocks
    }

    /// Two lists of one kind in a row would merge into one (and the second would lose its
    /// start number), so lists in a run take turns with the other bullet or delimiter.
    static func block(_ block: ReportBlock, alternate: Bool = false) -> String {
        switch block {
        case .paragraph(let text):
            return MarkdownText.lines(text).joined(separator: "\n")
        case .emphasis(let text):
            return strong(text)
        case .bullets(let items):
            let marker = alternate ? "* " : "- "
            return items.map { marker + MarkdownText.line($0.text) }.joined(separator: "\n")
        case .numbered(let items, let start):
            let delimiter = alternate ? ") " : ". "
            return items.enumerated().map { "\(start + $0)" + delimiter + MarkdownText.line($1.text) }.joined(separator: "\n")
        case .cited(let items):
            // Blank-line separated paragraphs, each led by its number in bold. The number
            // is digits and full stops only, and inside "**" cannot start a list.
            return items.map { item in
                let text = MarkdownText.lines(item.text).joined(separator: "\n")
                let number = numberPrefix(item.number)
                return number.isEmpty ? text : "**\(number.dropLast())** " + text
            }.joined(separator: "\n\n")
        case .quote(let text, let attribution):
            var lines = MarkdownText.lines(text)
            if !attribution.isEmpty { lines += ["", "— " + MarkdownText.line(attribution)] }
            return lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .table(let table):
            return self.table(table)
        case .chart(let chart):
            // Markdown has no pictures of its own: the chart is its figures, as a table.
            return self.table(ReportTable(caption: chart.caption, header: [chart.categoryHeading, chart.unitHeading],
                                          rows: chart.bars.map { [$0.label, String($0.value)] }))
        case .comparison(let chart) where chart.tabledBeside == true:
            // The figures are in the section's table already: the chart in words.
            return strong(chart.caption) + "\n\n" + MarkdownText.lines(chart.textAlternative).joined(separator: "\n")
        case .comparison(let chart):
            var table = chart.dataTable
            table.caption = chart.caption
            return self.table(table)
        }
    }

    private static func sameListKind(_ a: ReportBlock, _ b: ReportBlock) -> Bool {
        switch (a, b) {
        case (.bullets, .bullets), (.numbered, .numbered): true
        default: false
        }
    }

    /// "4.5 " before a heading's words: digits and full stops only, left unescaped, as
    /// nothing inside an ATX heading can start a list.
    static func numberPrefix(_ number: String?) -> String {
        let digits = number.map { $0.filter { $0.isNumber || $0 == "." } } ?? ""
        return digits.isEmpty ? "" : digits + " "
    }

    /// GFM needs a header row, so a table without one gets empty header cells.
    static func table(_ table: ReportTable) -> String {
        let columns = max(table.columnCount, 1)
        let header = table.paddedHeader.isEmpty ? Array(repeating: "", count: columns) : table.paddedHeader
        var lines = [row(header), "|" + String(repeating: " --- |", count: columns)]
        lines += table.paddedRows.map(row)
        let caption = strong(table.caption)
        return (caption.isEmpty ? "" : caption + "\n\n") + lines.joined(separator: "\n")
    }

    private static func row(_ cells: [String]) -> String {
        "|" + cells.map { " " + MarkdownText.line($0) + " |" }.joined()
    }

    /// Bold needs text inside: `****` alone would be a thematic break.
    private static func strong(_ text: String) -> String {
        let escaped = MarkdownText.line(text)
        return escaped.isEmpty ? "" : "**" + escaped + "**"
    }
}
