import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/workbook.xml` read back: the worksheets' names and relationship ids, in tab order.
final class XLSXWorkbookHandler: XLSXPartHandler {
    private(set) var sheets: [(name: String, relationshipId: String)] = []
    /// False when the package's main part is something else, such as a Word document.
    private(set) var isWorkbook = false

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        if element == "workbook" { isWorkbook = true }
        guard element == "sheet", let id = Self.attribute("id", in: attributes) else { return }
        sheets.append((attributes["name"] ?? "Sheet\(sheets.count + 1)", id))
    }
}
