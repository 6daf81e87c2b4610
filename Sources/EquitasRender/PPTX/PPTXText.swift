import EquitasSheets

/// DrawingML text: paragraphs, runs and the run defaults the master, notes master and
/// presentation share. Every piece of deck text reaches the XML through `paragraph`,
/// which escapes it.
enum PPTXText {
    /// One paragraph. A line break inside the text stays inside the paragraph
    /// (`a:br`), so a bullet that wraps by hand is still one bullet. Right-to-left
    /// text (Arabic, Hebrew) is marked so it reads and aligns from the right.
    static func paragraph(_ text: String, language: String, bulleted: Bool = true) -> String {
        let runProperties = #"<a:rPr lang="\#(XMLText.escapeAttribute(language))"/>"#
        let direction = startsRightToLeft(text) ? #" rtl="1" algn="r""# : ""
        // Lines that carry their own numbers hang from them, with no bullet as well.
        let properties = bulleted
            ? (direction.isEmpty ? "" : "<a:pPr\(direction)/>")
            : #"<a:pPr marL="\#(PPTXGeometry.bulletIndent)" indent="-\#(PPTXGeometry.bulletIndent)"\#(direction)><a:buNone/></a:pPr>"#
        var body = ""
        for (index, piece) in lines(text).enumerated() {
            if index > 0 { body += "<a:br>\(runProperties)</a:br>" }
            if !piece.isEmpty { body += "<a:r>\(runProperties)<a:t>\(XMLText.escape(String(piece)))</a:t></a:r>" }
        }
        let end = #"<a:endParaRPr lang="\#(XMLText.escapeAttribute(language))"/>"#
        return "<a:p>\(properties)\(body)\(end)</a:p>"
    }

    /// Text cut at every line break: "\n", "\r\n" (one `Character` in Swift, so
    /// splitting on "\n" alone would miss it), "\r" and the Unicode separators.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The paragraphs of a text body; an empty list still gives the one paragraph
    /// DrawingML requires.
    static func paragraphs(_ lines: [String], language: String, bulleted: Bool = true) -> String {
        lines.isEmpty ? paragraph("", language: language) : lines.map { paragraph($0, language: language, bulleted: bulleted) }.joined()
    }

    /// The slide's number as a field, which PowerPoint and Impress fill in themselves
    /// (the number written here is what they show until they do).
    static func slideNumber(_ number: Int, language: String) -> String {
        #"<a:p><a:pPr algn="r"/><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">"#
            + #"<a:rPr lang="\#(XMLText.escapeAttribute(language))" sz="1400"/><a:t>\#(number)</a:t></a:fld></a:p>"#
    }

    /// `a:defRPr` for a list level: size in hundredths of a point, a theme colour and
    /// the theme's heading (`+mj`) or body (`+mn`) fonts, so changing the theme's font
    /// changes every slide.
    static func defaultRunProperties(size: Int, bold: Bool = false, colour: String = "tx1", headingFont: Bool = false) -> String {
        let font = headingFont ? "mj" : "mn"
        return #"<a:defRPr sz="\#(size)"\#(bold ? #" b="1""# : "") kern="1200">"#
            + #"<a:solidFill><a:schemeClr val="\#(colour)"/></a:solidFill>"#
            + #"<a:latin typeface="+\#(font)-lt"/><a:ea typeface="+\#(font)-ea"/><a:cs typeface="+\#(font)-cs"/>"#
            + "</a:defRPr>"
    }

    /// Whether the first letter of the text belongs to a right-to-left script.
    static func startsRightToLeft(_ text: String) -> Bool {
        guard let letter = text.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
        switch letter.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        default: return false
        }
    }
}
