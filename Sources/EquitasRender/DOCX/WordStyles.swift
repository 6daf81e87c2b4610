import EquitasSheets

/// `word/styles.xml`. Built-in style ids and names ("Heading1" / "heading 1"), not
/// look-alikes: Word recognises them as its own, so the navigation pane, a table of
/// contents and the styles gallery all work, and screen readers announce headings.
enum WordStyles {
    static let path = "word/styles.xml"

    static let title = "Title"
    static let subtitle = "Subtitle"
    static let listBullet = "ListBullet"
    static let listNumber = "ListNumber"
    static let quote = "Quote"
    static let attribution = "QuoteAttribution"
    static let caption = "Caption"
    static let tocHeading = "TOCHeading"
    /// A paragraph numbered for citing: "3.2.4", a tab, the text hanging beside it.
    static let cited = "CitedParagraph"
    static let citedIndent = 1000
    static let footer = "Footer"
    static let tableGrid = "TableGrid"

    /// Heading1 to Heading4; deeper sections share Heading4, the deepest we style.
    static func heading(depth: Int) -> String { "Heading\(min(max(depth, 1), 4))" }

    static func xml(language: String) -> String {
        let lang = XMLText.escapeAttribute(language)
        var xml = OOXMLPart.declaration + #"<w:styles xmlns:w="\#(WordNamespaces.main)">"#
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + #"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>"#
            + #"<w:sz w:val="24"/><w:szCs w:val="24"/>"#
            + #"<w:lang w:val="\#(lang)" w:eastAsia="\#(lang)" w:bidi="ar-SA"/>"#
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
            + #"<w:spacing w:after="160" w:line="276" w:lineRule="auto"/>"#
            + "</w:pPr></w:pPrDefault></w:docDefaults>"
        xml += #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
        xml += #"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#
        xml += #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        xml += #"<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#
        xml += paragraphStyle(title, name: "Title", priority: 10,
                              pPr: #"<w:spacing w:after="240"/>"#,
                              rPr: #"<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="52"/><w:szCs w:val="52"/>"#)
        xml += paragraphStyle(subtitle, name: "Subtitle", priority: 11,
                              pPr: #"<w:spacing w:after="240"/>"#,
                              rPr: #"<w:color w:val="404040"/><w:sz w:val="32"/><w:szCs w:val="32"/>"#)
        for (level, size) in [(1, 36), (2, 30), (3, 26), (4, 24)] {
            xml += paragraphStyle("Heading\(level)", name: "heading \(level)", priority: 9, hiddenUntilUsed: level > 1,
                                  pPr: #"<w:keepNext/><w:keepLines/><w:spacing w:before="\#(level == 1 ? 360 : 240)" w:after="120"/><w:outlineLvl w:val="\#(level - 1)"/>"#,
                                  rPr: #"<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"#)
        }
        xml += paragraphStyle(listBullet, name: "List Bullet", priority: 99, hiddenUntilUsed: true,
                              pPr: #"<w:spacing w:after="80"/>"#)
        xml += paragraphStyle(cited, name: "Cited Paragraph", priority: 99,
                              pPr: #"<w:tabs><w:tab w:val="left" w:pos="\#(citedIndent)"/></w:tabs><w:ind w:left="\#(citedIndent)" w:hanging="\#(citedIndent)"/>"#)
        xml += paragraphStyle(listNumber, name: "List Number", priority: 99, hiddenUntilUsed: true,
                              pPr: #"<w:spacing w:after="80"/>"#)
        xml += paragraphStyle(quote, name: "Quote", priority: 29,
                              pPr: #"<w:spacing w:before="200" w:after="80"/><w:ind w:left="720" w:right="720"/>"#,
                              rPr: #"<w:i/><w:iCs/><w:color w:val="404040"/>"#)
        xml += paragraphStyle(attribution, name: "Quote Attribution", basedOn: quote, priority: 30,
                              pPr: #"<w:spacing w:after="200"/><w:jc w:val="right"/>"#,
                              rPr: #"<w:i w:val="0"/><w:iCs w:val="0"/>"#)
        xml += paragraphStyle(caption, name: "caption", priority: 35, hiddenUntilUsed: true,
                              pPr: #"<w:keepNext/><w:spacing w:before="120" w:after="120"/>"#,
                              rPr: #"<w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="20"/><w:szCs w:val="20"/>"#)
        xml += paragraphStyle(tocHeading, name: "TOC Heading", basedOn: "Heading1", priority: 39, hiddenUntilUsed: true,
                              pPr: #"<w:outlineLvl w:val="9"/>"#)
        for level in 1...3 {
            xml += paragraphStyle("TOC\(level)", name: "toc \(level)", priority: 39, hiddenUntilUsed: true, quick: false,
                                  pPr: #"<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="\#(WordPageLayout.textWidth)"/></w:tabs><w:spacing w:after="100"/><w:ind w:left="\#((level - 1) * 240)"/>"#)
        }
        xml += paragraphStyle(footer, name: "footer", priority: 99, hiddenUntilUsed: true, quick: false,
                              pPr: #"<w:tabs><w:tab w:val="center" w:pos="\#(WordPageLayout.textWidth / 2)"/><w:tab w:val="right" w:pos="\#(WordPageLayout.textWidth)"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>"#,
                              rPr: #"<w:sz w:val="18"/><w:szCs w:val="18"/>"#)
        xml += #"<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>"#
        xml += tableGridStyle
        return xml + "</w:styles>"
    }

    /// The bordered grid Word calls "Table Grid"; cells lose the body text's space
    /// after, which would otherwise pad every row, and set their text at 10 pt so that
    /// a seven-column action table fits A4 portrait without breaking words.
    private static let tableGridStyle = #"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders>"#
        + ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map { #"<w:\#($0) w:val="single" w:sz="4" w:space="0" w:color="808080"/>"# }.joined()
        + "</w:tblBorders></w:tblPr></w:style>"

    /// Children of `w:style` must come in schema order: name, basedOn, next, uiPriority,
    /// semiHidden, unhideWhenUsed, qFormat, pPr, rPr.
    private static func paragraphStyle(
        _ id: String, name: String, basedOn: String = "Normal", priority: Int,
        hiddenUntilUsed: Bool = false, quick: Bool = true, pPr: String = "", rPr: String = ""
    ) -> String {
        #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name)"/>"#
            + #"<w:basedOn w:val="\#(basedOn)"/><w:next w:val="Normal"/><w:uiPriority w:val="\#(priority)"/>"#
            + (hiddenUntilUsed ? "<w:semiHidden/><w:unhideWhenUsed/>" : "")
            + (quick ? "<w:qFormat/>" : "")
            + (pPr.isEmpty ? "" : "<w:pPr>" + pPr + "</w:pPr>")
            + (rPr.isEmpty ? "" : "<w:rPr>" + rPr + "</w:rPr>")
            + "</w:style>"
    }
}
