import EquitasSheets

extension Node {
    /// The markup, with every text and attribute value escaped through `XMLText`, the
    /// same functions the report renderers use. The output is also well-formed XML
    /// (void elements end `/>`, boolean attributes are written `name=""`, both valid
    /// HTML), so tests can check every page with a plain XML parser.
    func render() -> String {
        var output = ""
        output.reserveCapacity(32 * 1024)
        render(into: &output)
        return output
    }

    func render(into output: inout String) {
        switch kind {
        case .text(let words):
            output += XMLText.escape(words)
        case .raw(let markup):
            output += markup
        case .fragment(let nodes):
            for node in nodes { node.render(into: &output) }
        case .element(let name, let attributes, let children):
            // Appended piece by piece: `a + b + c` would build a string for each `+`.
            output += "<"
            output += name
            for attribute in attributes {
                output += " "
                output += attribute.name
                output += "=\""
                output += XMLText.escapeAttribute(attribute.value ?? "")
                output += "\""
            }
            guard !HTMLNames.isVoid(name) else {
                output += " />"
                return
            }
            output += ">"
            for child in children { child.render(into: &output) }
            output += "</"
            output += name
            output += ">"
        }
    }
}
