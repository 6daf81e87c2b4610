import EquitasCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `word/styles.xml`: style id → style name ("Heading1" → "heading 1"), since the ids
/// are translated in some Word languages while the names are not.
final class DocxStylesHandler: XLSXPartHandler {
    private(set) var names: [String: String] = [:]
    private var current: String?

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        if element == "style" { current = Self.attribute("styleId", in: attributes) }
        if element == "name", let id = current, let name = Self.attribute("val", in: attributes) { names[id] = name.lowercased() }
    }
}

/// `word/numbering.xml`: each list's format per level and where it starts, so that a
/// list item gets the marker Word prints beside it ("3.", "(iv)", "b)", "•").
final class DocxNumberingHandler: XLSXPartHandler {
    struct Level { var format = "decimal"; var start = 1 }
    private var abstracts: [String: [Int: Level]] = [:]
    private var lists: [String: (abstract: String, starts: [Int: Int])] = [:]
    private var abstract: String?
    private var list: String?
    private var level: Int?
    private var counters: [String: [Int: Int]] = [:]

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        let value = Self.attribute("val", in: attributes)
        switch element {
        case "abstractNum": abstract = Self.attribute("abstractNumId", in: attributes); list = nil
        case "num": list = Self.attribute("numId", in: attributes); abstract = nil
        case "lvl", "lvlOverride":
            level = Self.attribute("ilvl", in: attributes).flatMap(Int.init)
            if let abstract, let level { abstracts[abstract, default: [:]][level] = Level() }
        case "numFmt": if let abstract, let level, let value { abstracts[abstract]?[level]?.format = value }
        case "start": if let abstract, let level, let value = value.flatMap(Int.init) { abstracts[abstract]?[level]?.start = value }
        case "abstractNumId": if let list, let value { lists[list] = (value, lists[list]?.starts ?? [:]) }
        case "startOverride":
            if let list, let level, let value = value.flatMap(Int.init) { lists[list, default: ("", [:])].starts[level] = value }
        default: break
        }
    }

    /// The marker of the next item of list `numId` at `level`; deeper levels restart.
    func nextMarker(numId: String, level: Int) -> String {
        guard let list = lists[numId], let format = abstracts[list.abstract]?[level] else { return "•" }
        let start = list.starts[level] ?? format.start
        let n = (counters[numId]?[level]).map { $0 + 1 } ?? start
        counters[numId, default: [:]][level] = n
        counters[numId]?.keys.filter { $0 > level }.forEach { counters[numId]?[$0] = nil }
        switch format.format {
        case "bullet": return "•"
        case "none": return "-"
        case "lowerRoman": return "(\(Self.roman(n)))"
        case "upperRoman": return "\(Self.roman(n).uppercased())."
        case "lowerLetter": return "\(Character(UnicodeScalar(96 + min(max(n, 1), 26))!)))"
        case "upperLetter": return "\(Character(UnicodeScalar(64 + min(max(n, 1), 26))!))."
        default: return "\(n)."
        }
    }

    static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = max(number, 1)
        var result = ""
        for (value, letters) in table { while n >= value { result += letters; n -= value } }
        return result
    }
}
