import EquitasCore

extension ReportFileRecogniser {
    /// Refuses a report whose text holds a character the databases cannot store alike
    /// (`StorableText`: NUL and the other control characters), naming where it is — the
    /// line of a text file, or the heading, paragraph, list item, table row or speaker
    /// notes of a document, counted from the start, with its first words — rather than
    /// letting it fail later at a field the person never saw.
    static func checkStorable(_ blocks: [SourceBlock]) throws(ValidationFailure) {
        for (index, block) in blocks.enumerated() {
            guard let scalar = StorableText.firstForbidden(in: block.text) else { continue }
            let clean = String(String.UnicodeScalarView(block.text.unicodeScalars.filter { !StorableText.isForbidden($0) }))
            let words = clean.split(whereSeparator: \.isWhitespace).prefix(8).joined(separator: " ")
            throw ValidationFailure(
                path: "block \(index + 1) of the document (\(describe(block)) beginning “\(words)”)",
                message: "the text " + StorableText.message(scalar))
        }
    }

    /// A plain text file's first such character, by its line.
    static func checkStorable(text: String) throws(ValidationFailure) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let scalar = StorableText.firstForbidden(in: line) {
                throw ValidationFailure(path: "line \(index + 1)", message: "the text " + StorableText.message(scalar))
            }
        }
    }

    private static func describe(_ block: SourceBlock) -> String {
        switch block {
        case .heading: "a heading"
        case .paragraph: "a paragraph"
        case .listItem: "a list item"
        case .quote: "a quotation"
        case .tableRow: "a table row"
        case .note: "speaker notes"
        }
    }
}
