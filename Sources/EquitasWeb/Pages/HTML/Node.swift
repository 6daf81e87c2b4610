/// A piece of an HTML page. Text and attribute values are escaped when the page is
/// rendered, so user words can never become markup; the only way to emit markup as
/// written is `raw`, which is for strings our own code wrote.
struct Node: Sendable, ExpressibleByStringInterpolation {
    enum Kind: Sendable {
        case element(name: String, attributes: [Attribute], children: [Node])
        case text(String)
        case raw(String)
        case fragment([Node])
    }

    let kind: Kind

    private init(_ kind: Kind) { self.kind = kind }

    /// Words to show: escaped when rendered. `"Hello \(name)"` is text, so
    /// interpolating user input into a literal stays safe.
    static func text(_ words: String) -> Node { Node(.text(words)) }

    /// Markup we wrote ourselves (a style sheet, a doctype). Never user input.
    static func raw(_ markup: String) -> Node { Node(.raw(markup)) }

    /// Several nodes side by side with no element around them.
    static func fragment(_ nodes: [Node]) -> Node { Node(.fragment(nodes)) }

    static let empty = Node.fragment([])

    /// An element. Names come from our code, never from input, so a bad one is a
    /// programming error; a void element takes no children, and `script`/`style` take
    /// only raw content (escaping would break them, and text there would be code).
    /// Attributes are optional so that `Attribute.flag(_:_:)` can leave one out.
    static func element(_ name: String, _ attributes: [Attribute?] = [], _ children: [Node] = []) -> Node {
        precondition(HTMLNames.isPlain(name), "\"\(name)\" is not a plain element name")
        precondition(!HTMLNames.isVoid(name) || children.isEmpty, "<\(name)> is a void element and takes no children")
        if HTMLNames.isRawText(name) {
            precondition(children.allSatisfy(\.isRaw), "<\(name)> takes only raw content")
        }
        return Node(.element(name: name, attributes: attributes.compactMap { $0 }, children: children))
    }

    init(stringLiteral value: String) { self.init(.text(value)) }

    init(stringInterpolation: DefaultStringInterpolation) { self.init(.text(String(stringInterpolation: stringInterpolation))) }

    private var isRaw: Bool {
        if case .raw = kind { return true }
        return false
    }
}
