/// One attribute of an element. The value is escaped when rendered; a nil value is a
/// boolean attribute (`required`, `selected`), written with an empty value.
struct Attribute: Sendable, Equatable {
    let name: String
    let value: String?

    /// Names come from our code: plain lower-case letters, digits and hyphens only.
    init(_ name: String, _ value: String?) {
        precondition(HTMLNames.isPlain(name), "\"\(name)\" is not a plain attribute name")
        self.name = name
        self.value = value
    }

    /// A boolean attribute: present when `on`, absent otherwise.
    static func flag(_ name: String, _ on: Bool = true) -> Attribute? { on ? Attribute(name, nil) : nil }

    static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    static func id(_ value: String) -> Attribute { Attribute("id", value) }
    static func href(_ value: String) -> Attribute { Attribute("href", value) }
    static func aria(_ name: String, _ value: String) -> Attribute { Attribute("aria-" + name, value) }
}
