import EquitasCore

/// One worksheet part for one table: the header in row 1 (bold, frozen, with the
/// filter buttons), data from row 2, columns as wide as their content up to a cap.
/// Text is always an inline string, never a formula, so "=HYPERLINK(...)" stays text.
struct XLSXWorksheetXML {
    static let minWidth = 8.0, maxWidth = 50.0
    /// The autofilter's drop-down button covers the end of a header.
    static let filterButtonWidth = 3

    let table: SheetTable

    var columnCount: Int { max(table.header.count, table.rows.map(\.count).max() ?? 0) }

    /// "A1:C12", the header and every data row; nil for a table with no columns.
    var usedRange: String? {
        guard columnCount > 0 else { return nil }
        return "A1:" + CellReference.reference(column: columnCount - 1, row: table.rows.count + 1)
    }

    var xml: String {
        var xml = OOXMLPart.declaration
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        if presentation.printsLandscapeToWidth { xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"# }
        xml += #"<dimension ref="\#(usedRange ?? "A1")"/>"#
        if usedRange != nil {
            xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        }
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if columnCount > 0 {
            xml += "<cols>"
            for (index, width) in columnWidths.enumerated() {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        let widths = columnWidths
        xml += row(1, table.header.map { .text($0) }, style: XLSXStylesXML.header, widths: widths)
        for (index, cells) in table.rows.enumerated() {
            xml += row(index + 2, cells, style: nil, widths: widths)
        }
        xml += "</sheetData>"
        if let usedRange { xml += #"<autoFilter ref="\#(usedRange)"/>"# }
        xml += presentationXML
        return xml + "</worksheet>"
    }

    var presentation: SheetPresentation { table.presentation }

    /// A row as tall as its most wrapped cell, so that wrapped text never runs over the
    /// rows below (LibreOffice keeps a row's stored height; Excel too once saved).
    private func row(_ number: Int, _ cells: [SheetCell], style: Int?, widths: [Double]) -> String {
        let lines = Self.lineCount(cells, widths: widths)
        let height = lines > 1 ? #" ht="\#(Double(lines) * Self.lineHeight)" customHeight="1""# : ""
        var xml = #"<row r="\#(number)"\#(height)>"#
        for (column, cell) in cells.enumerated() {
            xml += self.cell(cell, at: CellReference.reference(column: column, row: number), style: style)
        }
        return xml + "</row>"
    }

    /// An empty cell is left out; a date before 1900 (which Excel cannot hold) and a
    /// number that is not finite are written as text rather than lost.
    private func cell(_ cell: SheetCell, at reference: String, style: Int?) -> String {
        switch cell {
        case .empty:
            return ""
        case .number(let value) where value.isFinite:
            return #"<c r="\#(reference)"\#(styleAttribute(style))><v>\#(SheetCell.number(value).displayText)</v></c>"#
        case .date(let date):
            guard let serial = ExcelDateSerial.serial(for: date) else { return inlineString(date.description, at: reference, style: style) }
            return #"<c r="\#(reference)"\#(styleAttribute(style ?? XLSXStylesXML.date))><v>\#(serial)</v></c>"#
        case .text(let text):
            let wraps = text.contains("\n") || Double(text.count) > Self.maxWidth
            return inlineString(text, at: reference, style: style ?? (wraps ? XLSXStylesXML.wrapped : nil))
        case .number:
            return inlineString(cell.displayText, at: reference, style: style)
        }
    }

    private func inlineString(_ text: String, at reference: String, style: Int?) -> String {
        #"<c r="\#(reference)"\#(styleAttribute(style)) t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(XLSXText.encode(text)))</t></is></c>"#
    }

    private func styleAttribute(_ style: Int?) -> String {
        style.map { #" s="\#($0)""# } ?? ""
    }

    /// Characters of the longest line in each column, plus a little padding, capped
    /// so that one long description does not push the rest of the table off screen.
    var columnWidths: [Double] {
        (0..<columnCount).map { column in
            var longest = column < table.header.count ? table.header[column].count + Self.filterButtonWidth : 0
            for cells in table.rows where column < cells.count {
                let text = cells[column] == .empty ? "" : cells[column].displayText
                longest = max(longest, text.split(separator: "\n").map(\.count).max() ?? 0)
            }
            return min(max(Double(longest) + 2, Self.minWidth), Self.maxWidth)
        }
    }
}
