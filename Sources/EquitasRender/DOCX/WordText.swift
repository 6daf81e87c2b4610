import EquitasSheets

/// Text turned into WordprocessingML runs and paragraphs. All report text reaches
/// the document through here, so it is always escaped, its spaces are kept
/// (`xml:space="preserve"`), and line breaks and tabs become `w:br` and `w:tab`:
/// a raw newline inside `w:t` would be shown as a space.
enum WordText {
    /// One run holding `text`; empty text gives no run at all.
    static func run(_ text: String, bold: Bool = false) -> String {
        var content = ""
        var segment = ""
        var afterCarriageReturn = false
        func flush() {
            let escaped = XMLText.escape(segment)
            if !escaped.isEmpty { content += #"<w:t xml:space="preserve">"# + escaped + "</w:t>" }
            segment = ""
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where afterCarriageReturn:
                break
            case "\n", "\r", "\u{2028}":
                flush()
                content += "<w:br/>"
            case "\t":
                flush()
                content += "<w:tab/>"
            default:
                segment.unicodeScalars.append(scalar)
            }
            afterCarriageReturn = scalar == "\r"
        }
        flush()
        guard !content.isEmpty else { return "" }
        return "<w:r>" + (bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "") + content + "</w:r>"
    }

    /// A paragraph. `properties` are further `w:pPr` children, already in schema order
    /// (keepNext, pageBreakBefore, numPr, spacing, ...), which come after the style.
    static func paragraph(style: String? = nil, properties: String = "", _ content: String) -> String {
        var pPr = ""
        if let style { pPr += #"<w:pStyle w:val="\#(style)"/>"# }
        pPr += properties
        return "<w:p>" + (pPr.isEmpty ? "" : "<w:pPr>" + pPr + "</w:pPr>") + content + "</w:p>"
    }

    /// A complex field (PAGE, NUMPAGES, TOC): Word and LibreOffice compute the value;
    /// `placeholder` is shown until they do.
    static func field(_ instruction: String, placeholder: String) -> String {
        #"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
            + #"<w:r><w:instrText xml:space="preserve"> "# + XMLText.escape(instruction) + " </w:instrText></w:r>"
            + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
            + run(placeholder)
            + #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#
    }
}
