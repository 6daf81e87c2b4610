import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/styles.xml` read back, only as far as the reader needs: for each cell format
/// (a cell's `s` attribute indexes `<cellXfs>`), whether it shows a number as a date.
final class XLSXStylesHandler: XLSXPartHandler {
    private var formatCodes: [Int: String] = [:]
    private var cellFormatIds: [Int] = []
    private var inCellFormats = false

    /// Indexed by style; a style beyond the list is not a date.
    var dateStyles: [Bool] {
        cellFormatIds.map { Self.isDate(formatId: $0, code: formatCodes[$0]) }
    }

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { formatCodes[id] = code }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            cellFormatIds.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default:
            break
        }
    }

    override func end(_ element: String, _ parser: XMLParser) {
        if element == "cellXfs" { inCellFormats = false }
    }

    /// Built-in formats 14–22 and 45–47 are dates and times; a custom format is one
    /// if it has a d, m or y outside quoted text, [brackets] (colours, locales,
    /// elapsed time), backslash escapes and the `_x` / `*x` spacing codes.
    static func isDate(formatId: Int, code: String?) -> Bool {
        guard let code else { return (14...22).contains(formatId) || (45...47).contains(formatId) }
        var inQuotes = false, inBrackets = false, skipNext = false
        for character in code.lowercased() {
            if skipNext { skipNext = false; continue }
            switch character {
            case "\"" where !inBrackets: inQuotes.toggle()
            case _ where inQuotes: continue
            case "[": inBrackets = true
            case "]": inBrackets = false
            case _ where inBrackets: continue
            case "\\", "_", "*": skipNext = true
            case "d", "m", "y": return true
            default: continue
            }
        }
        return false
    }
}
