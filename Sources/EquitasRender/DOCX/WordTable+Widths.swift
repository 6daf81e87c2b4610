import EquitasCore

extension WordTable {
    /// Roughly one character of the 10 pt table text, in twentieths of a point; the
    /// header's bold characters are wider.
    static let twipsPerCharacter = 115
    static let twipsPerBoldCharacter = 135
    /// Cell margins left and right.
    static let cellPadding = 230

    /// Column widths that share the text width by content: each column first gets room
    /// for its longest word (so "Overdue" never breaks as "Overd-ue"), then the rest is
    /// shared by how much text each column holds on average. A column of names gets
    /// the room; a column of counts stays narrow. If even the longest words do not
    /// fit, every column shrinks in proportion. The last column takes the remainder.
    static func columnWidths(for table: ReportTable, total: Int = WordPageLayout.textWidth) -> [Int] {
        let columns = table.columnCount
        let cells = ([table.paddedHeader] + table.paddedRows).filter { !$0.isEmpty }
        let minimums = minimumWidths(for: table)
        var weights: [Int] = []
        for column in 0..<columns {
            let texts = cells.map { $0[column] }
            let longestWord = texts.flatMap(Self.words).map(\.count).max() ?? 1
            let average = texts.map(\.count).reduce(0, +) / max(texts.count, 1)
            weights.append(max(average - longestWord, 0) + 1)
        }
        var widths: [Int]
        let floor = minimums.reduce(0, +)
        if floor >= total {
            widths = minimums.map { $0 * total / floor }
        } else {
            let spare = total - floor
            let weightSum = weights.reduce(0, +)
            widths = zip(minimums, weights).map { $0 + spare * $1 / weightSum }
        }
        widths[columns - 1] = total - widths.dropLast().reduce(0, +)
        return widths
    }

    /// Each column's room for its longest word (the header's in bold).
    static func minimumWidths(for table: ReportTable) -> [Int] {
        let cells = ([table.paddedHeader] + table.paddedRows).filter { !$0.isEmpty }
        return (0..<table.columnCount).map { column in
            let longestWord = cells.map { $0[column] }.flatMap(Self.words).map(\.count).max() ?? 1
            let longestHeaderWord = table.paddedHeader.isEmpty ? 0 : Self.words(table.paddedHeader[column]).map(\.count).max() ?? 0
            return max(longestWord * twipsPerCharacter, longestHeaderWord * twipsPerBoldCharacter) + cellPadding
        }
    }

    /// Whether the table's words only fit unbroken on a landscape page.
    static func needsLandscape(_ table: ReportTable) -> Bool {
        minimumWidths(for: table).reduce(0, +) > WordPageLayout.textWidth
    }

    private static func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }
}
