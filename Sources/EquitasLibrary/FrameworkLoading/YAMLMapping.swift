import Yams

/// A mapping node together with where it sits in the document.
struct YAMLMapping {
    let pairs: Node.Mapping
    let path: String
    let line: Int

    subscript(key: String) -> Node? { pairs[key] }

    /// The line of `key` itself: an error about a field points at its name, which for a
    /// nested list or a folded text is not the line where the value starts.
    func line(of key: String) -> Int {
        pairs.first { $0.key.string == key }?.key.line ?? line
    }

    func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

extension Node {
    var line: Int { mark?.line ?? 1 }

    /// How a node reads in an error message: "found a list", "found \"abc\"".
    var found: String {
        switch self {
        case .scalar(let scalar): "\"\(scalar.string)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// `~`, `null` or nothing after the colon: YAML's way of saying no value.
    var isNull: Bool {
        guard case .scalar = self else { return false }
        return null != nil
    }
}
