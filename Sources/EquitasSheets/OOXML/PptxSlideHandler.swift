import EquitasCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One slide (or its notes page) → blocks. In a slide the title placeholder is the
/// heading; a paragraph in a body placeholder is a bullet unless it says `buNone`, and
/// one in a plain text box only when it says `buChar` or `buAutoNum`, which is how
/// PowerPoint itself decides. In a notes page only the notes text (the body
/// placeholder) is read, not the slide image's placeholder or the page number.
final class PptxSlideHandler: XLSXPartHandler {
    private(set) var blocks: [SourceBlock] = []
    private let notes: Bool

    private var placeholder: String?
    private var level = 0
    private var bullet: Bool?
    private var numbered = false
    private var text = ""
    private var inText = false
    private var table = OOXMLTableText()
    private var numbers: [Int: Int] = [:]

    init(notes: Bool) {
        self.notes = notes
    }

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        switch element {
        case "sp": placeholder = nil; numbers = [:]; lastWasTitle = false
        // A placeholder with no type is a body placeholder.
        case "ph": placeholder = Self.attribute("type", in: attributes) ?? "body"
        case "p": text = ""; level = 0; bullet = nil; numbered = false
        case "pPr": level = Self.attribute("lvl", in: attributes).flatMap(Int.init) ?? 0
        case "buNone": bullet = false
        case "buChar": bullet = true
        case "buAutoNum": bullet = true; numbered = true
        case "t": inText = true
        case "br": text += " "
        default: table.start(element)
        }
    }

    override func end(_ element: String, _ parser: XMLParser) {
        switch element {
        case "t": inText = false
        case "p": finishParagraph()
        case "sp": placeholder = nil
        default: if let row = table.end(element), !notes { blocks.append(.tableRow(row)) }
        }
    }

    override func text(_ string: String, _ parser: XMLParser) {
        if inText { text += string }
    }

    private func finishParagraph() {
        let clean = OOXMLTableText.clean(text)
        guard !clean.isEmpty, !table.add(clean) else { return }
        if notes {
            if placeholder == "body" { blocks.append(.note(clean)) }
            return
        }
        switch placeholder {
        case "title", "ctrTitle":
            // A title over two paragraphs is one heading.
            if case .heading(1, let earlier) = blocks.last, lastWasTitle {
                blocks[blocks.count - 1] = .heading(level: 1, text: earlier + " " + clean)
            } else {
                blocks.append(.heading(level: 1, text: clean))
            }
            lastWasTitle = true
            return
        case "sldNum", "dt", "ftr", "hdr":
            return
        default:
            break
        }
        lastWasTitle = false
        let isBullet = bullet ?? (placeholder == "body" || placeholder == "obj")
        // A bullet whose text starts with a typed number ("1. Improve …") is that item.
        if isBullet, !numbered, case .listItem(let typed, let rest, _) = PlainTextBlockReader.block(forLine: clean), !ListMarkerStyle(typed).isBullet {
            blocks.append(.listItem(marker: typed, text: rest, depth: level))
        } else if isBullet {
            let marker: String
            if numbered {
                numbers[level, default: 0] += 1
                marker = "\(numbers[level]!)."
            } else {
                marker = "•"
            }
            blocks.append(.listItem(marker: marker, text: clean, depth: level))
        } else {
            blocks.append(PlainTextBlockReader.block(forLine: clean))
        }
    }

    private var lastWasTitle = false
}
