import EquitasCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `pdftotext -bbox-layout` output → each page's lines with their boxes and blocks.
final class PdfBoundingBoxHandler: XLSXPartHandler {
    private(set) var pages: [PdfTextLayout.Page] = []
    private var line: PdfTextLayout.Line?
    private var words: [String] = []
    private var word = ""
    private var inWord = false
    private var block = 0

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        func number(_ name: String) -> Double { attributes[name].flatMap(Double.init) ?? 0 }
        switch element {
        case "page": pages.append(.init(height: number("height"), lines: []))
        case "block": block += 1
        case "line":
            line = .init(text: "", xMin: number("xMin"), xMax: number("xMax"), yMin: number("yMin"), yMax: number("yMax"), block: block)
            words = []
        case "word": inWord = true; word = ""
        default: break
        }
    }

    override func end(_ element: String, _ parser: XMLParser) {
        switch element {
        case "word": inWord = false; if !word.isEmpty { words.append(word) }
        case "line":
            if var line, !words.isEmpty, !pages.isEmpty {
                line.text = words.joined(separator: " ")
                pages[pages.count - 1].lines.append(line)
            }
            line = nil
        default: break
        }
    }

    override func text(_ string: String, _ parser: XMLParser) {
        if inWord { word += string }
    }
}
