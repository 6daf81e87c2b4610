/// `xl/styles.xml` with the only four cell formats the writer uses; their indexes
/// are what a cell's `s` attribute points at.
enum XLSXStylesXML {
    static let header = 1
    static let date = 2
    static let wrapped = 3
    /// The first number-format id free for custom formats (0–163 are built in).
    static let dateFormatId = 164
    static let dateFormat = "dd/mm/yyyy"

    /// The fills conditional formatting applies, in `SheetPresentation.Tone.Fill`
    /// order (its raw value is the `dxfId`): dark text on a light fill, as Excel's own
    /// "Good", "Neutral" and "Bad" styles, so the words stay readable.
    static let toneFormats = "<dxfs count=\"3\">"
        + [("006100", "C6EFCE"), ("9C5700", "FFEB9C"), ("9C0006", "FFC7CE")].map { text, fill in
            #"<dxf><font><color rgb="FF\#(text)"/></font><fill><patternFill patternType="solid"><fgColor rgb="FF\#(fill)"/><bgColor rgb="FF\#(fill)"/></patternFill></fill></dxf>"#
        }.joined()
        + "</dxfs>"

    static let xml = OOXMLPart.declaration
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<numFmts count="1"><numFmt numFmtId="\#(dateFormatId)" formatCode="\#(dateFormat)"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="\#(dateFormatId)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
        + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + toneFormats
        + "</styleSheet>"
}
