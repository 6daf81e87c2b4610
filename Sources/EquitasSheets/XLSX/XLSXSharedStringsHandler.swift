import EquitasCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/sharedStrings.xml` read back: each `<si>` as plain text, its rich-text runs
/// joined and its phonetic guides (`<rPh>`, furigana) left out.
final class XLSXSharedStringsHandler: XLSXPartHandler {
    private(set) var strings: [String] = []
    private var current: String?
    private var inText = false
    private var phoneticDepth = 0

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        switch element {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = current != nil && phoneticDepth == 0
        default: break
        }
    }

    override func end(_ element: String, _ parser: XMLParser) {
        switch element {
        case "si":
            strings.append(XLSXText.decode(current ?? ""))
            current = nil
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    /// Checked as the text arrives, as a worksheet's cells are: otherwise a 10 MB string
    /// is held whole and then meets libxml2's own limit, which reads as malformed XML.
    override func text(_ string: String, _ parser: XMLParser) {
        guard inText, current != nil else { return }
        current? += string
        if let current, current.count > SheetLimits.maxCellCharacters {
            let message = "shared string \(strings.count + 1) is longer than \(SheetLimits.maxCellCharacters) characters"
            fail(ValidationFailure(path: part, message: message), parser)
        }
    }
}
