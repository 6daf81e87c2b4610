import EquitasSheets

/// `word/numbering.xml`: one bullet list definition and one decimal one. Every
/// numbered block gets its own `w:num` pointing at the decimal definition with a
/// start override, so each list restarts where the model says (recommendation 7 is
/// printed as 7) instead of carrying on from the previous list.
enum WordNumbering {
    static let path = "word/numbering.xml"

    /// The `w:numId` every bulleted paragraph uses.
    static let bulletNumberingId = 1

    /// The `w:numId` of the numbered block at `index` (0-based, in document order).
    static func numberedListId(index: Int) -> Int { index + 2 }

    static func xml(numberedListStarts starts: [Int]) -> String {
        var xml = OOXMLPart.declaration + #"<w:numbering xmlns:w="\#(WordNamespaces.main)">"#
            + abstractList(id: 0, format: "bullet", text: "\u{2022}")
            + abstractList(id: 1, format: "decimal", text: "%1.")
            + #"<w:num w:numId="\#(bulletNumberingId)"><w:abstractNumId w:val="0"/></w:num>"#
        for (index, start) in starts.enumerated() {
            xml += #"<w:num w:numId="\#(numberedListId(index: index))"><w:abstractNumId w:val="1"/>"#
                + #"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="\#(max(start, 0))"/></w:lvlOverride></w:num>"#
        }
        return xml + "</w:numbering>"
    }

    /// A one-level list; the hanging indent leaves room for "40." beside the text.
    private static func abstractList(id: Int, format: String, text: String) -> String {
        #"<w:abstractNum w:abstractNumId="\#(id)"><w:multiLevelType w:val="singleLevel"/>"#
            + #"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="\#(format)"/>"#
            + #"<w:lvlText w:val="\#(text)"/><w:lvlJc w:val="left"/>"#
            + #"<w:pPr><w:ind w:left="720" w:hanging="432"/></w:pPr></w:lvl></w:abstractNum>"#
    }

    /// The `w:numPr` placing a paragraph in list `numberingId`.
    static func paragraphProperties(numberingId: Int) -> String {
        #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="\#(numberingId)"/></w:numPr>"#
    }
}
