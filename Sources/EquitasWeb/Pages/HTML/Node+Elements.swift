/// Short names for the elements our pages use, so a view reads like the page:
/// `.p([.class("lead")], "Published reports")`. Lists of children go in a `.fragment`.
extension Node {
    typealias Attributes = [Attribute?]

    static func html(_ a: Attributes = [], _ c: Node...) -> Node { element("html", a, c) }
    static func head(_ a: Attributes = [], _ c: Node...) -> Node { element("head", a, c) }
    static func title(_ words: String) -> Node { element("title", [], [.text(words)]) }
    static func meta(_ a: Attributes) -> Node { element("meta", a) }
    static func link(_ a: Attributes) -> Node { element("link", a) }
    static func body(_ a: Attributes = [], _ c: Node...) -> Node { element("body", a, c) }
    static func main(_ a: Attributes = [], _ c: Node...) -> Node { element("main", a, c) }
    static func header(_ a: Attributes = [], _ c: Node...) -> Node { element("header", a, c) }
    static func footer(_ a: Attributes = [], _ c: Node...) -> Node { element("footer", a, c) }
    static func nav(_ a: Attributes = [], _ c: Node...) -> Node { element("nav", a, c) }
    static func section(_ a: Attributes = [], _ c: Node...) -> Node { element("section", a, c) }
    static func div(_ a: Attributes = [], _ c: Node...) -> Node { element("div", a, c) }
    static func span(_ a: Attributes = [], _ c: Node...) -> Node { element("span", a, c) }
    static func strong(_ a: Attributes = [], _ c: Node...) -> Node { element("strong", a, c) }

    static func h1(_ a: Attributes = [], _ c: Node...) -> Node { element("h1", a, c) }
    static func h2(_ a: Attributes = [], _ c: Node...) -> Node { element("h2", a, c) }
    static func h3(_ a: Attributes = [], _ c: Node...) -> Node { element("h3", a, c) }
    static func p(_ a: Attributes = [], _ c: Node...) -> Node { element("p", a, c) }

    /// A link; the address is an attribute, so it is escaped like any other. Other
    /// attributes come last here, so that `.a(href: path, "words")` reads naturally.
    static func a(href: String, _ c: Node..., attributes a: Attributes = []) -> Node { element("a", [.href(href)] + a, c) }
    static func ul(_ a: Attributes = [], _ c: Node...) -> Node { element("ul", a, c) }
    static func li(_ a: Attributes = [], _ c: Node...) -> Node { element("li", a, c) }
    static func dl(_ a: Attributes = [], _ c: Node...) -> Node { element("dl", a, c) }
    static func dt(_ a: Attributes = [], _ c: Node...) -> Node { element("dt", a, c) }
    static func dd(_ a: Attributes = [], _ c: Node...) -> Node { element("dd", a, c) }

    static func table(_ a: Attributes = [], _ c: Node...) -> Node { element("table", a, c) }
    static func caption(_ a: Attributes = [], _ c: Node...) -> Node { element("caption", a, c) }
    static func thead(_ a: Attributes = [], _ c: Node...) -> Node { element("thead", a, c) }
    static func tbody(_ a: Attributes = [], _ c: Node...) -> Node { element("tbody", a, c) }
    static func tr(_ a: Attributes = [], _ c: Node...) -> Node { element("tr", a, c) }
    /// A header cell says what it heads, so screen readers announce it with each cell.
    static func th(scope: HeaderScope, _ a: Attributes = [], _ c: Node...) -> Node {
        element("th", [Attribute("scope", scope.rawValue)] + a, c)
    }
    static func td(_ a: Attributes = [], _ c: Node...) -> Node { element("td", a, c) }

    static func form(action: String, method: FormMethod, _ a: Attributes = [], _ c: Node...) -> Node {
        element("form", [Attribute("action", action), Attribute("method", method.rawValue)] + a, c)
    }
    static func label(for field: String, _ c: Node..., attributes a: Attributes = []) -> Node {
        element("label", [Attribute("for", field)] + a, c)
    }
    static func input(_ a: Attributes) -> Node { element("input", a) }
    /// A text area's words are its content, escaped like any text.
    static func textarea(_ a: Attributes, text: String) -> Node { element("textarea", a, [.text(text)]) }
    static func fieldset(_ a: Attributes = [], _ c: Node...) -> Node { element("fieldset", a, c) }
    static func legend(_ a: Attributes = [], _ c: Node...) -> Node { element("legend", a, c) }
    static func details(_ a: Attributes = [], _ c: Node...) -> Node { element("details", a, c) }
    static func summary(_ a: Attributes = [], _ c: Node...) -> Node { element("summary", a, c) }
    static func ol(_ a: Attributes = [], _ c: Node...) -> Node { element("ol", a, c) }
    static func blockquote(_ a: Attributes = [], _ c: Node...) -> Node { element("blockquote", a, c) }
    static func button(_ a: Attributes = [], _ c: Node...) -> Node { element("button", a, c) }
    static func select(_ a: Attributes = [], _ c: Node...) -> Node { element("select", a, c) }
    static func option(value: String, selected: Bool = false, _ c: Node...) -> Node {
        element("option", [Attribute("value", value), .flag("selected", selected)], c)
    }

    enum HeaderScope: String, Sendable { case col, row, colgroup, rowgroup }
    enum FormMethod: String, Sendable { case get, post }
}
