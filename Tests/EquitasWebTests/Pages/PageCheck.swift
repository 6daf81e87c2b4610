import Foundation
import Testing

/// What every page must be: well formed, in English with a language attribute, one
/// main heading, a skip link that is the first focusable thing and leads to the one
/// main landmark.
enum PageCheck {
    @discardableResult
    static func structure(_ html: String, _ source: SourceLocation = #_sourceLocation) throws -> XMLTree.Element {
        #expect(html.hasPrefix("<!doctype html>\n"), sourceLocation: source)
        let root = try #require(XMLTree(html), "the page is not well formed", sourceLocation: source).root
        #expect(root.name == "html", sourceLocation: source)
        #expect(root.attributes["lang"] == "en-GB", sourceLocation: source)
        #expect(root.all("h1").count == 1, sourceLocation: source)
        let mains = root.all("main")
        #expect(mains.count == 1, sourceLocation: source)
        #expect(mains.first?.attributes["id"] == "main-content", sourceLocation: source)
        let focusable = root.everything.filter { ["a", "input", "button", "select", "textarea"].contains($0.name) }
        #expect(focusable.first?.attributes["href"] == "#main-content", sourceLocation: source)
        #expect(focusable.first?.attributes["class"] == "skip-link", sourceLocation: source)
        #expect(root.all("title").first?.allText.hasSuffix(" – Equitas") == true, sourceLocation: source)
        return root
    }
}
