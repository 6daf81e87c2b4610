import EquitasCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `word/document.xml` → blocks. Only the text of `w:t` runs is read (not field codes
/// or deleted text); a paragraph inside a table becomes part of its cell, and each
/// table row one block.
final class DocxBodyHandler: XLSXPartHandler {
    private(set) var blocks: [SourceBlock] = []
    private let styles: [String: String]
    private let numbering: DocxNumberingHandler

    private var text = ""
    private var style: String?
    private var numId: String?
    private var level = 0
    private var inText = false
    private var runBold = false
    private var inRunProperties = false
    private var paragraphAllBold = true
    private var paragraphHasText = false
    private var table = OOXMLTableText()

    init(styles: [String: String], numbering: DocxNumberingHandler) {
        self.styles = styles
        self.numbering = numbering
    }

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        let value = Self.attribute("val", in: attributes)
        switch element {
        case "p": text = ""; style = nil; numId = nil; level = 0; paragraphAllBold = true; paragraphHasText = false
        case "pStyle": style = value
        case "ilvl": level = value.flatMap(Int.init) ?? 0
        case "numId": numId = value
        case "r": runBold = false
        case "rPr": inRunProperties = true
        case "b": if inRunProperties { runBold = value != "0" && value != "false" }
        case "t": inText = true
        case "tab": text += "\t"
        case "br", "cr": text += " "
        default: table.start(element)
        }
    }

    override func end(_ element: String, _ parser: XMLParser) {
        switch element {
        case "t": inText = false
        case "rPr": inRunProperties = false
        case "p": finishParagraph()
        default: if let row = table.end(element) { blocks.append(.tableRow(row)) }
        }
    }

    override func text(_ string: String, _ parser: XMLParser) {
        guard inText else { return }
        text += string
        if !string.trimmingCharacters(in: .whitespaces).isEmpty {
            paragraphHasText = true
            if !runBold { paragraphAllBold = false }
        }
    }

    private func finishParagraph() {
        let clean = OOXMLTableText.clean(text)
        guard !clean.isEmpty else { return }
        // A contents page lists the headings that follow; reading it would place every
        // title twice.
        if let style, Self.isContentsEntry(styles[style] ?? style.lowercased()) { return }
        guard !table.add(clean) else { return }
        blocks.append(block(clean))
    }

    private func block(_ text: String) -> SourceBlock {
        let name = style.map { styles[$0] ?? $0.lowercased() } ?? ""
        if name == "title" || name == "tocheading" || name == "toc heading" { return .heading(level: 1, text: text) }
        if let depth = Self.headingDepth(name) { return .heading(level: depth, text: text) }
        if name.contains("quote") && !name.contains("attribution") { return .quote(text) }
        if let numId, numId != "0" {
            return .listItem(marker: numbering.nextMarker(numId: numId, level: level), text: text, depth: level)
        }
        if name.hasPrefix("list") { return .listItem(marker: name.contains("number") ? "1." : "•", text: text, depth: level) }
        let cells = text.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // "4.3.2<tab>text" is a paragraph numbered for citing, not a row of two cells:
        // read as plain text reads "4.3.2 text", a numbered item.
        if cells.count == 2, cells[0].range(of: #"^\d{1,2}(\.\d{1,2}){1,4}$"#, options: .regularExpression) != nil {
            return .listItem(marker: cells[0], text: cells[1], depth: 0)
        }
        if cells.count >= 2 { return .tableRow(cells) }
        if paragraphHasText, paragraphAllBold, text.split(separator: " ").count <= 20 { return .heading(level: 0, text: text) }
        return PlainTextBlockReader.block(forLine: text)
    }

    /// "toc 1", "TOC2": a line of a contents page (its heading, "TOC Heading", is not).
    static func isContentsEntry(_ name: String) -> Bool {
        let compact = name.lowercased().replacingOccurrences(of: " ", with: "")
        return compact.hasPrefix("toc") && compact.dropFirst(3).allSatisfy(\.isNumber) && compact.count > 3
    }

    /// "heading 2" (or a style id "Heading2") → 2.
    static func headingDepth(_ name: String) -> Int? {
        let compact = name.replacingOccurrences(of: " ", with: "")
        guard compact.hasPrefix("heading"), let depth = Int(compact.dropFirst("heading".count)) else { return nil }
        return depth
    }
}
