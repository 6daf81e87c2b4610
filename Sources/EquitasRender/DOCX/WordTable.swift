import EquitasCore
import EquitasSheets

/// A report table as `w:tbl`: the whole text width, "Table Grid" borders, columns
/// sized to their content (see WordTable+Widths), and a shaded bold header row marked `w:tblHeader` so it repeats at the
/// top of every page the table runs onto. The caption is also stored as the table's
/// title (`w:tblCaption`), which is what screen readers announce.
enum WordTable {
    static func xml(_ table: ReportTable, width: Int = WordPageLayout.textWidth) -> String {
        let columns = table.columnCount
        guard columns > 0 else { return "" }
        let widths = columnWidths(for: table, total: width)
        var xml = "<w:tbl><w:tblPr>"
            + #"<w:tblStyle w:val="\#(WordStyles.tableGrid)"/><w:tblW w:w="5000" w:type="pct"/>"#
            + #"<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>"#
        if !table.caption.isEmpty {
            xml += #"<w:tblCaption w:val="\#(XMLText.escapeAttribute(table.caption))"/>"#
        }
        xml += "</w:tblPr><w:tblGrid>"
        for width in widths { xml += #"<w:gridCol w:w="\#(width)"/>"# }
        xml += "</w:tblGrid>"
        if !table.header.isEmpty {
            xml += row(table.paddedHeader, widths: widths, isHeader: true)
        }
        for cells in table.paddedRows {
            xml += row(cells, widths: widths, isHeader: false)
        }
        return xml + "</w:tbl>"
    }

    private static func row(_ cells: [String], widths: [Int], isHeader: Bool) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/>" + (isHeader ? "<w:tblHeader/>" : "") + "</w:trPr>"
        for (cell, width) in zip(cells, widths) {
            xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>"#
                + (isHeader ? #"<w:shd w:val="clear" w:color="auto" w:fill="DEE6F0"/>"# : "")
                + "</w:tcPr>"
                // A cell must end with a paragraph, even an empty one, or Word repairs the file.
                + WordText.paragraph(WordText.run(cell, bold: isHeader))
                + "</w:tc>"
        }
        return xml + "</w:tr>"
    }
}
