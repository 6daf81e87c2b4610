import EquitasSheets
import Foundation

/// User text made inert for CommonMark and GitHub-flavoured Markdown: it prints as
/// typed and cannot open a heading, list, quote, code block, table, link, emphasis or
/// raw HTML. Characters that matter anywhere are backslash-escaped (`<` becomes `&lt;`,
/// which every Markdown dialect honours); block markers only where a line starts.
enum MarkdownText {
    /// One line for a list item, table cell or heading: runs of white space, newlines
    /// included, become one space.
    static func line(_ text: String, alsoEscaping extra: Set<Unicode.Scalar> = []) -> String {
        escapeLine(text.split(whereSeparator: \.isWhitespace).joined(separator: " "), alsoEscaping: extra)
    }

    /// Text of a paragraph or quote, one output line per input line; blank lines kept
    /// (as "") so paragraphs stay apart. Leading spaces are dropped so no line turns
    /// into an indented code block.
    static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { escapeLine(String($0)) }
    }

    /// A heading also ends at a run of `#`, so every `#` in one is escaped.
    static func heading(_ text: String) -> String {
        line(text, alsoEscaping: ["#"])
    }

    private static let inline: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "|", "~"]
    private static let lineStart: Set<Unicode.Scalar> = ["#", ">", "-", "+", "="]

    static func escapeLine(_ text: String, alsoEscaping extra: Set<Unicode.Scalar> = []) -> String {
        // Forbidden controls go first, so the character after one is still seen as the
        // line's first; ends are trimmed (indentation would make code, two trailing
        // spaces a hard line break).
        let allowed = text.unicodeScalars.filter(XMLText.isAllowed).map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }
        let scalars = Array(String(String.UnicodeScalarView(allowed)).trimmingCharacters(in: .whitespaces).unicodeScalars)
        var result = ""
        var digitsSoFar = true
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "<": result += "&lt;"
            case "&" where next.map(startsEntity) ?? false: result += "\\&"
            case _ where inline.contains(scalar) || extra.contains(scalar): result += "\\" + String(scalar)
            case _ where index == 0 && lineStart.contains(scalar): result += "\\" + String(scalar)
            case _ where (scalar == "." || scalar == ")") && index > 0 && digitsSoFar: result += "\\" + String(scalar)
            default: result.unicodeScalars.append(scalar)
            }
            digitsSoFar = digitsSoFar && isDigit(scalar)
        }
        return result
    }

    /// `&amp;`, `&#38;`, `&#x26;` would be read as character references.
    private static func startsEntity(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "#" || isDigit(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
