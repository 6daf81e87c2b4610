import EquitasCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The base of the SAX handlers that read the parts of a workbook. Element names
/// arrive without their namespace prefix (some writers use `x:c` for `c`), and a
/// handler that meets bad content records a `ValidationFailure` and stops the parse.
class XLSXPartHandler: NSObject, XMLParserDelegate {
    private(set) var failure: ValidationFailure?
    private(set) var part = ""

    /// Runs the parser over one part. A part with a DTD is refused outright: no
    /// workbook has one, and entity definitions are how XML bombs are built.
    func parse(_ data: Data, part: String) throws(ValidationFailure) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw ValidationFailure(path: part, message: "the part is not workbook XML: it has a document type declaration")
        }
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        self.part = part
        // On Linux libxml2 recovers from some errors and parse() still returns true,
        // so the error callback and `parserError` are what show a malformed part.
        let finished = parser.parse()
        if let failure { throw failure }
        guard finished, parser.parserError == nil else { throw malformed(parser) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        fail(malformed(parser), parser)
    }

    private func malformed(_ parser: XMLParser) -> ValidationFailure {
        ValidationFailure(path: part, message: "the XML is malformed near line \(parser.lineNumber)")
    }

    func fail(_ failure: ValidationFailure, _ parser: XMLParser) {
        if self.failure == nil { self.failure = failure }
        parser.abortParsing()
    }

    /// Override these instead of the delegate methods.
    func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {}
    func end(_ element: String, _ parser: XMLParser) {}
    func text(_ string: String, _ parser: XMLParser) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard failure == nil else { return }
        start(Self.localName(elementName), attributes, parser)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        end(Self.localName(elementName), parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        text(string, parser)
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        guard failure == nil else { return }
        text(whitespaceString, parser)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        text(String(decoding: CDATABlock, as: UTF8.self), parser)
    }

    static func localName(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    /// An attribute by local name: `r:id` is found as "id" whatever its prefix.
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        attributes[name] ?? attributes.first { localName($0.key) == name }?.value
    }
}
