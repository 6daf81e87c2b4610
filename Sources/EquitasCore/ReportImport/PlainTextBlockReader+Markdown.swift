import Foundation

/// The Markdown habits: quotes over several `>` lines, and hard-wrapped lines.
extension PlainTextBlockReader {
    /// "> text", ">" between its paragraphs, "> — Partner organisation".
    static func quoteLine(_ line: String, continuing inQuote: Bool, into blocks: inout [SourceBlock]) {
        let content = ReportText.clean(String(line.dropFirst()))
        if content.isEmpty { return }
        if let dash = content.first, "—–-".contains(dash), content.dropFirst().first == " " {
            blocks.append(.paragraph(content))
        } else if inQuote, case .quote(let earlier) = blocks.last {
            blocks[blocks.count - 1] = .quote(earlier + " " + content)
        } else {
            blocks.append(.quote(content))
        }
    }

    /// Hard-wrapped Markdown: an indented line under a list item, or a line after a
    /// long unfinished line of a paragraph, carries it on.
    static func wraps(_ raw: String, after previous: String, in last: SourceBlock) -> Bool {
        let line = raw.trimmingCharacters(in: .whitespaces)
        guard ListItemParser.parse(line, indent: 0) == nil, !"#|*>".contains(line.first ?? "#"), !raw.contains("\t") else { return false }
        switch last {
        case .listItem: return raw.hasPrefix("  ")
        case .paragraph(let text):
            let end = previous.trimmingCharacters(in: .whitespaces)
            // A list of team members, one a line, is not one wrapped paragraph.
            if TeamLineParser.parse(line: end) != nil, TeamLineParser.parse(line: line) != nil { return false }
            return !text.isEmpty && end.count >= 70 && !ReportText.endsSentence(end) && !end.hasSuffix(":")
        default: return false
        }
    }
}
