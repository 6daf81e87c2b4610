import EquitasCore

/// The parts of a worksheet that follow its cells: fills by value, drop-down lists and
/// print setup, in the order the schema requires (conditionalFormatting,
/// dataValidations, pageMargins, pageSetup, headerFooter).
extension XLSXWorksheetXML {
    /// Points per line of 11 pt Calibri, with its leading.
    static let lineHeight = 15.0

    /// Lines the tallest cell of a row needs: each hand-made line counts, and one
    /// longer than the column wraps onto as many as its characters fill (a character
    /// of text being about one unit of column width).
    static func lineCount(_ cells: [SheetCell], widths: [Double]) -> Int {
        var tallest = 1
        for (column, cell) in cells.enumerated() where column < widths.count {
            guard case .text(let text) = cell else { continue }
            let perLine = max(1, Int(widths[column]) - 1)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { max(1, ($0.count + perLine - 1) / perLine) }.reduce(0, +)
            tallest = max(tallest, lines)
        }
        return tallest
    }

    /// Rows a person may add below the data and still get the lists and fills.
    static let roomToGrow = 200

    var presentationXML: String {
        guard columnCount > 0 else { return "" }
        let lastRow = table.rows.count + 1 + Self.roomToGrow
        func range(_ column: Int) -> String {
            CellReference.reference(column: column, row: 2) + ":" + CellReference.reference(column: column, row: lastRow)
        }
        var xml = ""
        for (priority, tone) in presentation.tones.enumerated() {
            let quoted = "\"" + tone.value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            xml += #"<conditionalFormatting sqref="\#(range(tone.column))"><cfRule type="cellIs" dxfId="\#(tone.fill.rawValue)" priority="\#(priority + 1)" operator="equal">"#
                + "<formula>\(XMLText.escape(quoted))</formula></cfRule></conditionalFormatting>"
        }
        if !presentation.choices.isEmpty {
            xml += #"<dataValidations count="\#(presentation.choices.count)">"#
            for choice in presentation.choices {
                // A list typed into the rule: values joined by commas inside quotes.
                let list = "\"" + choice.values.map { $0.replacingOccurrences(of: ",", with: " ") }.joined(separator: ",") + "\""
                xml += #"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="warning" sqref="\#(range(choice.column))">"#
                    + "<formula1>\(XMLText.escape(list))</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        if presentation.printsLandscapeToWidth {
            xml += #"<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
                + #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
                + "<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>"
        }
        return xml
    }
}
