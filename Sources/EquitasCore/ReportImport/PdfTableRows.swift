import Foundation

/// A table on a PDF page, rebuilt from where its words sit: the extractor gives each
/// column's text as blocks of lines, so the columns are found from a header row (three
/// or more short lines side by side at one height, each starting a block) and the rows
/// from where the cells' blocks start. The table runs down the page until a line that
/// fits no column (body text spans them). A row split by a page break comes out as two
/// rows; the reader of the rows joins them (`FindingWalker.tableRow`).
struct PdfTableRows {
    /// Indices into the page's lines that the table holds.
    var lines: Set<Int>
    /// The index of its first line, where its rows go in the reading order.
    var start: Int
    var rows: [[String]]

    static func find(in page: PdfTextLayout.Page) -> [PdfTableRows] {
        let lines = page.lines
        // Each block's first line: where a cell (or a column) starts.
        var firsts: [Int] = []
        var seen: Set<Int> = []
        for (index, line) in lines.enumerated() where seen.insert(line.block).inserted { firsts.append(index) }
        var tables: [PdfTableRows] = []
        var used: Set<Int> = []
        for anchor in firsts where !used.contains(anchor) {
            let header = firsts.filter { abs(lines[$0].yMin - lines[anchor].yMin) < 2 }.sorted { lines[$0].xMin < lines[$1].xMin }
            guard header.count >= 3, header.allSatisfy({ ReportText.words(lines[$0].text).count <= 5 }),
                  zip(header, header.dropFirst()).allSatisfy({ lines[$0.0].xMax + 8 < lines[$0.1].xMin }) else { continue }
            if let table = rows(under: header, lines: lines, firsts: firsts), table.lines.isDisjoint(with: used) {
                used.formUnion(table.lines)
                tables.append(table)
            }
        }
        return tables
    }

    private static func rows(under header: [Int], lines: [PdfTextLayout.Line], firsts: [Int]) -> PdfTableRows? {
        let lefts = header.map { lines[$0].xMin }
        let top = lines[header[0]].yMin
        func column(_ line: PdfTextLayout.Line) -> Int? {
            guard let index = lefts.lastIndex(where: { line.xMin >= $0 - 6 }) else { return nil }
            let right = index + 1 < lefts.count ? lefts[index + 1] : .infinity
            return line.xMin <= lefts[index] + 6 && line.xMax <= right + 2 ? index : nil
        }
        // Below the header, in order down the page, until a line fits no column.
        let below = lines.indices.filter { lines[$0].yMin > top + 2 && !header.contains($0) }.sorted { lines[$0].yMin < lines[$1].yMin }
        var body: [Int] = []
        for index in below {
            guard column(lines[index]) != nil else { break }
            body.append(index)
        }
        guard let firstBody = body.first else { return nil }
        var starts = Set(firsts.filter { body.contains($0) }.map { (lines[$0].yMin * 2).rounded() / 2 })
        starts.insert((lines[firstBody].yMin * 2).rounded() / 2)
        let ordered = starts.sorted()
        var rows: [[String]] = [header.map { lines[$0].text }]
        for (position, start) in ordered.enumerated() {
            let end = position + 1 < ordered.count ? ordered[position + 1] : .infinity
            var cells = Array(repeating: [String](), count: lefts.count)
            for index in body where lines[index].yMin >= start - 1 && lines[index].yMin < end - 1 {
                if let column = column(lines[index]) { cells[column].append(lines[index].text) }
            }
            rows.append(cells.map { PdfTextLayout.joined($0) })
        }
        let held = Set(header + body)
        return PdfTableRows(lines: held, start: held.min() ?? header[0], rows: rows)
    }
}
