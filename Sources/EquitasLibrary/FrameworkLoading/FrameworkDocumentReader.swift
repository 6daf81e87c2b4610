import EquitasCore
import Foundation
import Yams

/// Reads typed values out of a composed YAML tree, reporting every mismatch with its
/// line and field path rather than stopping at the first. Readers hand back a harmless
/// default ("" or nil) after reporting, so that one typo does not hide the rest.
struct FrameworkDocumentReader {
    var diagnostics: FrameworkDiagnostics

    init(file: String) {
        diagnostics = FrameworkDiagnostics(file: file)
    }

    /// `node` as a mapping whose keys must all be in `keys`: an unknown key is almost
    /// always a misspelt known one, and silently ignoring it would drop data.
    /// `line` is the line of the key that holds the mapping, where there is one.
    mutating func mapping(_ node: Node, at path: String, line: Int? = nil, keys: [String]) -> YAMLMapping? {
        let line = line ?? node.line
        diagnostics.record(path, line: line)
        guard case .mapping(let pairs) = node else {
            diagnostics.report(path, line: line, "expected a mapping, found \(node.found)")
            return nil
        }
        for key in pairs.keys {
            let name = key.string ?? key.found
            guard !keys.contains(name) else { continue }
            let field = path.isEmpty ? name : "\(path).\(name)"
            diagnostics.report(field, line: key.line, "unknown key \"\(name)\" (known: \(keys.joined(separator: ", ")))")
        }
        return YAMLMapping(pairs: pairs, path: path, line: line)
    }

    mutating func text(_ key: String, in map: YAMLMapping) -> String {
        let field = map.path(key)
        guard let node = map[key] else {
            diagnostics.report(field, line: map.line, "missing required text")
            return ""
        }
        return text(node, at: field, line: map.line(of: key)) ?? ""
    }

    /// Absent and blank are the same: no value.
    mutating func optionalText(_ key: String, in map: YAMLMapping) -> String? {
        guard let node = map[key], !node.isNull else { return nil }
        return text(node, at: map.path(key), line: map.line(of: key))
    }

    /// Required, trimmed, non-blank text; nil after reporting when it is not.
    mutating func text(_ node: Node, at field: String, line: Int? = nil) -> String? {
        let line = line ?? node.line
        diagnostics.record(field, line: line)
        guard case .scalar(let scalar) = node else {
            diagnostics.report(field, line: line, "expected text, found \(node.found)")
            return nil
        }
        let trimmed = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !node.isNull else {
            diagnostics.report(field, line: line, "required text is blank")
            return nil
        }
        // A YAML escape ("\0", "\e") can carry what the file's bytes may not.
        if let control = StorableText.firstForbidden(in: trimmed) {
            diagnostics.report(field, line: line, StorableText.message(control))
            return nil
        }
        return trimmed
    }

    mutating func integer(_ key: String, in map: YAMLMapping) -> Int? {
        let field = map.path(key)
        guard let node = map[key] else {
            diagnostics.report(field, line: map.line, "missing required whole number")
            return nil
        }
        let line = map.line(of: key)
        diagnostics.record(field, line: line)
        guard let value = node.int else {
            diagnostics.report(field, line: line, "expected a whole number, found \(node.found)")
            return nil
        }
        return value
    }

    /// The elements of a list with their paths (`modules[2]`). With `atLeastOne`, the
    /// list is required and must not be empty; without, a missing list is an empty one.
    mutating func list(_ key: String, in map: YAMLMapping, atLeastOne noun: String? = nil) -> [(node: Node, path: String)] {
        let field = map.path(key)
        guard let node = map[key], !node.isNull else {
            if noun != nil { diagnostics.report(field, line: map.line, "missing required list") }
            return []
        }
        let line = map.line(of: key)
        diagnostics.record(field, line: line)
        guard case .sequence(let sequence) = node else {
            diagnostics.report(field, line: line, "expected a list, found \(node.found)")
            return []
        }
        if let noun, sequence.isEmpty { diagnostics.report(field, line: line, "must list at least one \(noun)") }
        return sequence.enumerated().map { (node: $1, path: "\(field)[\($0)]") }
    }
}
