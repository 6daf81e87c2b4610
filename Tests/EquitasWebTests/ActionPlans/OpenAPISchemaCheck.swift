import EquitasCore
import Foundation
import NIOCore
import Testing
import Yams

@testable import EquitasWeb

/// Checks JSON the API sends against a schema of openapi.yaml, so that the description
/// cannot drift from what the code emits. It covers the parts of JSON Schema the file
/// uses ($ref, allOf, oneOf, anyOf, type, const, enum, required, properties, items,
/// format uuid and date, pattern, minimum, minLength) and is stricter than JSON Schema
/// in one way: a key that no schema of the object declares is a problem, since an
/// undocumented key is exactly the drift this is here to catch.
struct OpenAPISchemaCheck {
    private let schemas: [String: Any]

    init() throws {
        let text = try String(contentsOf: OpenAPIController.documentURL(), encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        let components = try #require(document["components"] as? [String: Any])
        schemas = try #require(components["schemas"] as? [String: Any])
    }

    /// Every way `body` differs from the named component schema; empty when it conforms.
    func problems(_ body: ByteBuffer, as name: String) throws -> [String] {
        try problems(Data(buffer: body), against: ["$ref": "#/components/schemas/\(name)"])
    }

    /// The same against an inline schema, such as an array of a component.
    func problems(_ data: Data, against schema: [String: Any]) throws -> [String] {
        check(try JSONDecoder().decode(JSONValue.self, from: data), schema, at: "$", strict: true)
    }

    /// `[{"$ref": …}]` as a schema: a list of the named component.
    static func array(of name: String) -> [String: Any] {
        ["type": "array", "items": ["$ref": "#/components/schemas/\(name)"]]
    }

    // `strict` is false while checking one member of an allOf: it sees only part of the
    // object's keys, and the allOf as a whole checks them all.
    private func check(_ value: JSONValue, _ schema: [String: Any], at path: String, strict: Bool) -> [String] {
        var found: [String] = []
        if let ref = schema["$ref"] as? String {
            found += check(value, resolve(ref), at: path, strict: strict)
        }
        for member in schema["allOf"] as? [[String: Any]] ?? [] {
            found += check(value, member, at: path, strict: false)
        }
        if let branches = schema["oneOf"] as? [[String: Any]] {
            let matching = branches.filter { check(value, $0, at: path, strict: strict).isEmpty }.count
            if matching != 1 { found.append("\(path): matches \(matching) of the oneOf schemas, not one") }
        }
        if let branches = schema["anyOf"] as? [[String: Any]],
            !branches.contains(where: { check(value, $0, at: path, strict: strict).isEmpty })
        {
            found.append("\(path): matches none of the anyOf schemas")
        }
        if let types = typeNames(schema["type"]), types.isDisjoint(with: value.schemaTypes) {
            return found + ["\(path): \(value) is not of type \(types.sorted().joined(separator: " or "))"]
        }
        if let constant = schema["const"], value != .string("\(constant)") {
            found.append("\(path): \(value) is not \(constant)")
        }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { value == .string("\($0)") }) {
            found.append("\(path): \(value) is not one of \(allowed)")
        }
        switch value {
        case .string(let text): found += checkString(text, schema, at: path)
        case .integer(let number): found += checkMinimum(Double(number), schema, at: path)
        case .number(let number): found += checkMinimum(number, schema, at: path)
        case .array(let elements):
            if let items = schema["items"] as? [String: Any] {
                for (index, element) in elements.enumerated() { found += check(element, items, at: "\(path)[\(index)]", strict: true) }
            }
        case .object(let object): found += checkObject(object, schema, at: path, strict: strict)
        case .null, .bool: break
        }
        return found
    }

    private func checkObject(_ object: [String: JSONValue], _ schema: [String: Any], at path: String, strict: Bool) -> [String] {
        var found: [String] = []
        for key in schema["required"] as? [String] ?? [] where object[key] == nil {
            found.append("\(path): the required key \"\(key)\" is missing")
        }
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for (key, child) in object {
            if let property = properties[key] as? [String: Any] { found += check(child, property, at: "\(path).\(key)", strict: true) }
        }
        let closed = schema["additionalProperties"] as? Bool == false || (strict && (schema["properties"] != nil || schema["allOf"] != nil))
        if closed, let declared = declaredKeys(schema) {
            for key in object.keys.sorted() where !declared.contains(key) {
                found.append("\(path): the key \"\(key)\" is not in the schema")
            }
        }
        return found
    }

    private func checkString(_ text: String, _ schema: [String: Any], at path: String) -> [String] {
        var found: [String] = []
        switch schema["format"] as? String {
        case "uuid" where UUID(uuidString: text) == nil: found.append("\(path): \"\(text)\" is not a UUID")
        case "date" where CalendarDate(text) == nil: found.append("\(path): \"\(text)\" is not a YYYY-MM-DD date")
        default: break
        }
        if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        if let minimum = schema["minLength"] as? Int, text.count < minimum {
            found.append("\(path): \"\(text)\" is shorter than \(minimum)")
        }
        return found
    }

    private func checkMinimum(_ number: Double, _ schema: [String: Any], at path: String) -> [String] {
        guard let minimum = schema["minimum"] as? Int, number < Double(minimum) else { return [] }
        return ["\(path): \(number) is below \(minimum)"]
    }

    /// The keys an object may have under this schema: its own properties and those of
    /// every schema it refers to or is made of (allOf). nil when it declares none.
    private func declaredKeys(_ schema: [String: Any]) -> Set<String>? {
        var keys = (schema["properties"] as? [String: Any]).map { Set($0.keys) }
        var parts = schema["allOf"] as? [[String: Any]] ?? []
        if let ref = schema["$ref"] as? String { parts.append(resolve(ref)) }
        for part in parts {
            if let more = declaredKeys(part) { keys = (keys ?? []).union(more) }
        }
        return keys
    }

    private func typeNames(_ declared: Any?) -> Set<String>? {
        if let one = declared as? String { return [one] }
        if let many = declared as? [String] { return Set(many) }
        return nil
    }

    private func resolve(_ ref: String) -> [String: Any] {
        let name = ref.replacingOccurrences(of: "#/components/schemas/", with: "")
        guard let schema = schemas[name] as? [String: Any] else {
            Issue.record("openapi.yaml has no schema \(name)")
            return [:]
        }
        return schema
    }
}
