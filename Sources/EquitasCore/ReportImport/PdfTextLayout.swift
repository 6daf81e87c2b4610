import Foundation

/// The lines a PDF text extractor found on each page, with their positions → the
/// blocks of a report. What a reader ignores is dropped: running headers and footers
/// (a line repeated near the top or bottom of most pages, its numbers aside) and page
/// numbers. Lines are joined into paragraphs as they were typeset: a line carries on
/// the one before it in the same block when that one ran to the block's right edge or
/// it starts in lower case, and a word hyphenated across the break is joined again.
/// Text set larger than the body is a heading, the largest size level 1.
public enum PdfTextLayout {
    public struct Line: Equatable, Sendable {
        public var text: String
        public var xMin: Double
        public var xMax: Double
        public var yMin: Double
        public var yMax: Double
        /// Lines of one block (a column of text the extractor kept together) share it.
        public var block: Int

        public init(text: String, xMin: Double, xMax: Double, yMin: Double, yMax: Double, block: Int) {
            self.text = text
            self.xMin = xMin
            self.xMax = xMax
            self.yMin = yMin
            self.yMax = yMax
            self.block = block
        }

        var height: Double { yMax - yMin }
    }

    public struct Page: Equatable, Sendable {
        public var height: Double
        public var lines: [Line]

        public init(height: Double, lines: [Line]) {
            self.height = height
            self.lines = lines
        }
    }

    public static func blocks(_ pages: [Page]) -> [SourceBlock] {
        let kept = withoutRunningLines(pages).map(withMarkersJoined)
        let body = bodyHeight(kept)
        // Heading sizes, largest first: each distinct size (to a point) is one level.
        let sizes = Set(kept.flatMap(\.lines).map(\.height).filter { $0 > body * 1.12 }.map { ($0 * 2).rounded() / 2 }).sorted(by: >)
        var blocks: [SourceBlock] = []
        for page in kept {
            var paragraph: [Line] = []
            func flush() {
                guard let first = paragraph.first else { return }
                let text = joined(paragraph.map(\.text))
                paragraph = []
                let size = (first.height * 2).rounded() / 2
                if let level = sizes.firstIndex(of: size), ReportText.words(text).count <= 20 {
                    blocks.append(.heading(level: level + 1, text: ReportText.clean(text)))
                } else if case .listItem(let marker, let item, _) = PlainTextBlockReader.block(forLine: bulletMapped(text)) {
                    // Nested bullets are set further in: each indent is a level.
                    let depth = indents.filter { $0 < first.xMin - 4 }.count
                    blocks.append(.listItem(marker: marker, text: item, depth: depth))
                } else {
                    blocks.append(PlainTextBlockReader.block(forLine: bulletMapped(text)))
                }
            }
            // The distinct left edges of the page's list items, a few points apart.
            var indents: [Double] = []
            for line in page.lines where ListItemParser.parse(bulletMapped(line.text), indent: 0) != nil {
                if !indents.contains(where: { abs($0 - line.xMin) <= 4 }) { indents.append(line.xMin) }
            }
            let blockRight = Dictionary(grouping: page.lines, by: \.block).mapValues { $0.map(\.xMax).max() ?? 0 }
            let blockLeft = Dictionary(grouping: page.lines, by: \.block).mapValues { $0.map(\.xMin).min() ?? 0 }
            let tables = PdfTableRows.find(in: page)
            for (index, line) in page.lines.enumerated() {
                if let table = tables.first(where: { $0.lines.contains(index) }) {
                    flush()
                    if table.start == index { blocks += table.rows.map { SourceBlock.tableRow($0) } }
                    continue
                }
                if let last = paragraph.last, let first = paragraph.first,
                   !continues(last, with: line, first: first, right: blockRight[line.block] ?? 0, left: blockLeft[line.block] ?? 0) {
                    flush()
                }
                paragraph.append(line)
            }
            flush()
        }
        return blocks
    }

    /// A list's bullet or number set apart from its text (Word's hanging indent) comes
    /// out as a line of its own: it is put back in front of the text beside it.
    static func withMarkersJoined(_ page: Page) -> Page {
        var lines = page.lines
        var index = 0
        while index < lines.count {
            let marker = lines[index]
            guard isMarkerOnly(marker.text),
                  let target = lines.indices.filter({ $0 != index && !isMarkerOnly(lines[$0].text) && lines[$0].xMin > marker.xMax - 1
                      && abs(lines[$0].yMin - marker.yMin) < max(marker.height, 1) * 0.6 }).min(by: { lines[$0].xMin < lines[$1].xMin })
            else { index += 1; continue }
            lines[target].text = bulletMapped(marker.text) + " " + lines[target].text
            lines[target].xMin = marker.xMin
            lines.remove(at: index)
        }
        return Page(height: page.height, lines: lines)
    }

    static func isMarkerOnly(_ text: String) -> Bool {
        let mapped = bulletMapped(text).trimmingCharacters(in: .whitespaces)
        if mapped.count == 1, let first = mapped.first, ListItemParser.bullets.contains(first) || "•·▪◦‣■●".contains(first) { return true }
        return mapped.range(of: #"^(\(?[ivxlIVXL]{1,6}\)|\(?\d{1,3}\)|\d{1,3}\.|\(?[a-h]\)|[a-h]\.)$"#, options: .regularExpression) != nil
    }

    /// Whether `line` carries on the paragraph that `previous` ends.
    static func continues(_ previous: Line, with line: Line, first: Line, right: Double, left: Double) -> Bool {
        guard previous.block == line.block, abs(previous.height - line.height) < 1.5 else { return false }
        let text = bulletMapped(line.text)
        if ListItemParser.parse(text, indent: 0) != nil { return false }
        if ReportText.startsLowercase(text) { return true }
        // A list item's own lines hang under its text; a line out at the bullet's edge
        // is the next paragraph ("Areas for consideration:" after the last bullet).
        if ListItemParser.parse(bulletMapped(first.text), indent: 0) != nil { return line.xMin > first.xMin + 4 }
        // Ran to the right edge: the line was broken to fit, not ended.
        let width = max(right - left, 1)
        let full = previous.xMax >= right - width * 0.12
        return full && !ReportText.endsSentence(previous.text) && !previous.text.hasSuffix(":")
    }

    /// Lines joined with spaces; "organ-" and "isation" become "organisation".
    static func joined(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            let text = line.trimmingCharacters(in: .whitespaces)
            if result.isEmpty {
                result = text
            } else if result.hasSuffix("-"), result.dropLast().last?.isLetter == true, text.first?.isLowercase == true {
                result = String(result.dropLast()) + text
            } else {
                result += " " + text
            }
        }
        return result
    }

    /// Bullet glyphs that PDF fonts map to private-use characters read as bullets.
    static func bulletMapped(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, (0xF000...0xF0FF).contains(first.value) || first == "■" || first == "●" else { return text }
        if text.unicodeScalars.count == 1 { return "•" }
        return "• " + String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())).trimmingCharacters(in: .whitespaces)
    }

    /// The commonest line height, weighted by the words set in it: the body text.
    static func bodyHeight(_ pages: [Page]) -> Double {
        var weight: [Double: Int] = [:]
        for line in pages.flatMap(\.lines) { weight[(line.height * 2).rounded() / 2, default: 0] += max(line.text.count, 1) }
        return weight.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
    }

    /// Drops page numbers, and lines that recur (digits aside) in the top or bottom
    /// tenth of at least half the pages of a document of three pages or more.
    static func withoutRunningLines(_ pages: [Page]) -> [Page] {
        func key(_ line: Line) -> String {
            line.text.lowercased().filter { !$0.isNumber && !$0.isWhitespace }
        }
        func inMargin(_ line: Line, _ page: Page) -> Bool {
            line.yMax <= page.height * 0.1 || line.yMin >= page.height * 0.9
        }
        var counts: [String: Int] = [:]
        for page in pages {
            for text in Set(page.lines.filter { inMargin($0, page) }.map(key)) { counts[text, default: 0] += 1 }
        }
        let running = pages.count >= 3 ? Set(counts.filter { $0.value * 2 >= pages.count }.keys) : []
        return pages.map { page in
            Page(height: page.height, lines: page.lines.filter { line in
                !isPageNumber(line.text) && !(inMargin(line, page) && running.contains(key(line)))
            })
        }
    }

    /// "7", "- 7 -", "Page 7", "Page 7 of 12", "7 of 12", "7 | Page".
    static func isPageNumber(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.range(of: #"^(page\s+)?[-–(]?\s*\d{1,4}\s*[-–)]?(\s+(of|/)\s+\d{1,4})?(\s*\|\s*page)?$"#, options: [.regularExpression, .caseInsensitive]) != nil
    }
}
