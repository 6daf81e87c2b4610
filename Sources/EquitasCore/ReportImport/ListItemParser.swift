import Foundation

/// The list markers past reports use: bullets of every sort, `(iv)`, `iv)`, `3.`, `3)`,
/// `b)`, and a bullet followed by one of those (`- (iv)`), which counts as the latter.
enum ListItemParser {
    static let bullets: Set<Character> = ["-", "*", "+", "•", "·", "▪", "◦", "‣", "–", "o"]

    static func parse(_ line: String, indent: Int) -> SourceBlock? {
        var rest = Substring(line)
        var marker: String?
        if let first = rest.first, bullets.contains(first), let next = rest.dropFirst().first,
           next == " " || ("•·▪◦‣".contains(first) && !next.isWhitespace) {
            marker = String(first)
            rest = rest.dropFirst().drop { $0 == " " }
        }
        if let range = rest.range(of: #"^(\(?[ivxlIVXL]{1,6}\)|\(?\d{1,3}\)|\d{1,3}\.(?!\d)|\(?[a-h]\))\s*"#, options: .regularExpression) {
            marker = rest[range].trimmingCharacters(in: .whitespaces)
            rest = rest[range.upperBound...]
        }
        guard let marker else { return nil }
        let text = ReportText.clean(String(rest))
        guard !text.isEmpty else { return nil }
        return .listItem(marker: marker, text: text, depth: indent / 2)
    }
}
