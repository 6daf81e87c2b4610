import Foundation

/// Plain text or Markdown → blocks. Reads what past reports look like once saved as
/// text: `#` headings, whole-line `**bold**` headings, a section number alone on a line
/// with its title on the next, `- (iv)` and `1.` items, `>` quotes, `|` and
/// tab-separated table rows. A line starting in lower case (or with a stray full stop)
/// carries on the block before it, as Word's line breaks and comment anchors split
/// sentences in two.
public enum PlainTextBlockReader {
    public static func read(_ text: String) -> [SourceBlock] {
        var blocks: [SourceBlock] = []
        var pendingNumber: String?
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .components(separatedBy: "\n")
        var inQuote = false
        var inNotes = false
        var previous: String?
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            defer { previous = line.isEmpty ? nil : raw }
            guard !line.isEmpty else { inQuote = false; continue }
            // Pandoc's fenced divs: `::: notes` holds a slide's speaker notes.
            if line.hasPrefix(":::") {
                inNotes = line.dropFirst(3).trimmingCharacters(in: .whitespaces).lowercased() == "notes"
                continue
            }
            if inNotes {
                blocks.append(.note(ReportText.clean(line)))
                continue
            }
            if line.hasPrefix(">") {
                quoteLine(line, continuing: inQuote, into: &blocks)
                inQuote = true
                continue
            }
            inQuote = false
            if let previous, let last = blocks.last, pendingNumber == nil, wraps(raw, after: previous, in: last) {
                blocks[blocks.count - 1] = continuing(last, with: ReportText.clean(line))
                continue
            }
            if let number = pendingNumber {
                pendingNumber = nil
                blocks.append(.heading(level: number.split(separator: ".").count, text: number + " " + ReportText.clean(line)))
                continue
            }
            if line.range(of: #"^\d{1,2}(\.\d{1,2}){0,4}\.?$"#, options: .regularExpression) != nil {
                pendingNumber = line
                continue
            }
            if let block = classify(line, raw: raw) {
                blocks.append(block)
            } else if let last = blocks.popLast() {
                blocks.append(continuing(last, with: ReportText.clean(line)))
            } else {
                blocks.append(.paragraph(ReportText.clean(line)))
            }
        }
        return blocks
    }

    /// One paragraph from another format (a Word paragraph in the Normal style) read as
    /// a line: typed markers ("(iv) …", "3.1.2 …") still make list items and headings.
    public static func block(forLine line: String) -> SourceBlock {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return classify(trimmed, raw: trimmed) ?? .paragraph(ReportText.clean(trimmed))
    }

    /// nil when the line carries on the block before it.
    static func classify(_ line: String, raw: String) -> SourceBlock? {
        if line.hasPrefix("#") {
            let level = line.prefix { $0 == "#" }.count
            return .heading(level: level, text: ReportText.clean(String(line.dropFirst(level))))
        }
        if line.hasPrefix("|") { return tableRow(line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)) }
        if raw.contains("\t") {
            let cells = raw.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if cells.count >= 2 { return .tableRow(cells.map(ReportText.clean)) }
        }
        if line.hasPrefix("**"), line.hasSuffix("**"), line.count > 4 { return .heading(level: 0, text: ReportText.clean(line)) }
        // "*Strengths*": a whole line in italics sets a sub-heading apart too.
        if RecogniserRules.on("held-out-bold-headings"), line.count > 2, let mark = line.first, "*_".contains(mark), line.last == mark,
           line.dropFirst().first?.isLetter == true {
            return .heading(level: 0, text: ReportText.clean(String(line.dropFirst().dropLast())))
        }
        if let item = ListItemParser.parse(line, indent: raw.prefix { $0 == " " }.count) { return item }
        let text = ReportText.clean(line)
        if ReportText.startsLowercase(text) { return nil }
        // "3 Recommendations": a bare number and a short title.
        if let section = ReportText.sectionNumber(text), section.depth == 1, !section.number.hasSuffix("."),
           section.rest.first?.isUppercase == true, ReportText.words(section.rest).count <= 8, !ReportText.endsSentence(section.rest) {
            return .heading(level: 1, text: text)
        }
        if let section = ReportText.sectionNumber(text), section.depth >= 2, !section.rest.isEmpty {
            if ReportText.words(section.rest).count <= 14, !ReportText.endsSentence(section.rest) {
                return .heading(level: section.depth, text: text)
            }
            return .listItem(marker: section.number, text: section.rest, depth: 0)
        }
        return .paragraph(text)
    }

    static func tableRow(_ cells: [String]) -> SourceBlock? {
        let inner = cells.dropFirst().dropLast().map { ReportText.clean($0) }
        // The |---|---| line under a Markdown header row.
        if inner.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { return .paragraph("") }
        return .tableRow(Array(inner))
    }

    static func continuing(_ block: SourceBlock, with text: String) -> SourceBlock {
        func join(_ a: String) -> String {
            guard let first = text.first else { return a }
            return ".,;:)?!".contains(first) ? a + text : a + " " + text
        }
        switch block {
        case .heading(let level, let t): return .heading(level: level, text: join(t))
        case .paragraph(let t): return .paragraph(join(t))
        case .listItem(let marker, let t, let depth): return .listItem(marker: marker, text: join(t), depth: depth)
        case .quote(let t): return .quote(join(t))
        case .tableRow: return block
        case .note(let t): return .note(join(t))
        }
    }
}
