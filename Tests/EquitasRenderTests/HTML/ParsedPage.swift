import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The renderer's page read back with an XML parser: a parse that fails means the
/// markup is not well formed. Entities are decoded, so `text` is what a reader sees.
final class ParsedPage {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// This element and all below it, in document order.
        var descendants: [Element] { [self] + children.flatMap(\.descendants) }

        /// All the text inside; an element's own text comes before its children's, which
        /// is enough for "is this string shown" checks.
        var allText: String { text + children.map(\.allText).joined() }

        func all(_ name: String) -> [Element] { descendants.filter { $0.name == name } }
    }

    let root: Element

    init?(_ html: String) {
        let builder = Builder()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        self.root = root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        private var stack: [Element] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = Element(name: name, attributes: attributes)
            if let parent = stack.last {
                parent.children.append(element)
            } else {
                root = element
            }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
