import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Markup read back by a strict XML parser: if it does not parse, it is not well formed.
/// Entities come back decoded, so text and attribute values are what a browser shows.
final class XMLTree {
    final class Element {
        let name: String
        let attributes: [String: String]
        /// Text and child elements in document order, so mixed content reads as shown.
        var content: [Content] = []

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        var children: [Element] { content.compactMap { if case .element(let e) = $0 { e } else { nil } } }
        var everything: [Element] { [self] + children.flatMap(\.everything) }
        var allText: String {
            content.map { piece in
                switch piece {
                case .text(let words): words
                case .element(let element): element.allText
                }
            }.joined()
        }
        func all(_ name: String) -> [Element] { everything.filter { $0.name == name } }
    }

    enum Content {
        case text(String)
        case element(Element)
    }

    let root: Element

    /// A page's doctype is HTML, not XML, so it is dropped before parsing.
    init?(_ markup: String) {
        let body = markup.hasPrefix("<!doctype html>") ? String(markup.dropFirst("<!doctype html>".count)) : markup
        let collector = Collector()
        let parser = XMLParser(data: Data(body.utf8))
        parser.delegate = collector
        guard parser.parse(), let root = collector.root else { return nil }
        self.root = root
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var root: Element?
        var open: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = Element(name: name, attributes: attributes)
            if let parent = open.last { parent.content.append(.element(element)) } else { root = element }
            open.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            open.last?.content.append(.text(string))
        }
    }
}
