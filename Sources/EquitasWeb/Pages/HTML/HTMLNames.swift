/// What the builder needs to know about HTML's element and attribute names.
enum HTMLNames {
    /// Elements that never have content or a closing tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Elements whose content the browser reads as code, not markup.
    static let rawText: Set<String> = ["script", "style"]

    static func isVoid(_ name: String) -> Bool { void.contains(name) }
    static func isRawText(_ name: String) -> Bool { rawText.contains(name) }

    /// `[a-z0-9-]+` starting with a letter: enough for every name we write, and nothing
    /// that could close a tag or start another attribute.
    static func isPlain(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
