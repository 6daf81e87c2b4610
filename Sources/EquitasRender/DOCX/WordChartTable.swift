import EquitasSheets

/// What Word charts share: a chart is a table with a bar drawn as a shaded run of
/// no-break spaces in its last column, so it survives any editor and reads as text.
enum WordChartTable {
    /// The table's start, up to its grid: full width, fixed columns, and the chart's
    /// caption and text alternative as the table's own title and description (what
    /// Word's Alt Text shows and screen readers announce).
    static func opening(caption: String, description: String, widths: [Int]) -> String {
        var xml = "<w:tbl><w:tblPr>"
            + #"<w:tblStyle w:val="\#(WordStyles.tableGrid)"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>"#
            + #"<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>"#
            + #"<w:tblCaption w:val="\#(XMLText.escapeAttribute(caption))"/>"#
            + #"<w:tblDescription w:val="\#(XMLText.escapeAttribute(description))"/>"#
            + "</w:tblPr><w:tblGrid>"
        for width in widths { xml += #"<w:gridCol w:w="\#(width)"/>"# }
        return xml + "</w:tblGrid>"
    }

    /// A run `length` spaces wide, shaded `fill` (hex, no #); empty for no bar.
    static func bar(length: Int, fill: String) -> String {
        guard length > 0 else { return "" }
        return #"<w:r><w:rPr><w:shd w:val="clear" w:color="auto" w:fill="\#(fill)"/></w:rPr>"#
            + #"<w:t xml:space="preserve">"# + String(repeating: "\u{00A0}", count: length) + "</w:t></w:r>"
    }

    /// One row that never splits across pages; a header row repeats on each page.
    static func row(_ runs: [String], widths: [Int], isHeader: Bool) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/>" + (isHeader ? "<w:tblHeader/>" : "") + "</w:trPr>"
        for (run, width) in zip(runs, widths) {
            xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>"#
                + (isHeader ? #"<w:shd w:val="clear" w:color="auto" w:fill="DEE6F0"/>"# : "")
                + "</w:tcPr>" + WordText.paragraph(run) + "</w:tc>"
        }
        return xml + "</w:tr>"
    }
}
