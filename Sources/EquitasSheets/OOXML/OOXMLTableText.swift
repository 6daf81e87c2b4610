import Foundation

/// The tables of a Word body or a slide as their handlers read them: a paragraph inside
/// a table becomes part of its cell, and each row with any text one list of cells.
struct OOXMLTableText {
    private var depth = 0
    private var cells: [String] = []
    private var cell = ""

    var inTable: Bool { depth > 0 }

    /// Call for every element start (`tbl`, `tr`, `tc` are the ones that count).
    mutating func start(_ element: String) {
        switch element {
        case "tbl": depth += 1
        case "tr": cells = []
        case "tc": cell = ""
        default: break
        }
    }

    /// Call for every element end; a finished row with text in it is returned.
    mutating func end(_ element: String) -> [String]? {
        switch element {
        case "tc": cells.append(cell.trimmingCharacters(in: .whitespaces))
        case "tr": return cells.contains(where: { !$0.isEmpty }) ? cells : nil
        case "tbl": depth -= 1
        default: break
        }
        return nil
    }

    /// A paragraph's text: kept in the cell when inside a table (true), else left to the caller.
    mutating func add(_ paragraph: String) -> Bool {
        guard inTable else { return false }
        cell += (cell.isEmpty ? "" : " ") + paragraph
        return true
    }

    /// Non-breaking spaces and runs of spaces as one space, trimmed.
    static func clean(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ")
            .replacingOccurrences(of: " {2,}", with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
    }
}
