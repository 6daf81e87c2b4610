import Foundation
import Testing

/// A form read from a page the way a browser reads it: its action, its method, and
/// what it would send if submitted untouched (hidden fields, typed values, the
/// checked radios and boxes, each select's chosen option). A test then changes only
/// the fields a person would fill in, naming them by what the page labels them, so a
/// renamed field or a dropped option fails here rather than passing on a guess.
struct PageForm {
    struct Choice {
        var value: String
        var words: String
    }

    let action: String
    let method: String
    let multipart: Bool
    /// What the form sends, in page order; a name may repeat (checkboxes).
    private(set) var fields: [(name: String, value: String)]
    /// Every control's name, sent or not (an empty file input, an unticked box).
    let names: Set<String>
    /// The options of each select, radio group and checkbox group, by name.
    let choices: [String: [Choice]]
    /// Each control's name by the words of its label, for the text fields.
    let labelled: [String: String]

    /// The form whose submit button's words contain `button`, or whose action ends
    /// with `action`, on the page; the test fails if there is none.
    static func find(
        in html: String, button: String? = nil, action: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> PageForm {
        let tree = try #require(XMLTree(html), "the page is not well formed", sourceLocation: sourceLocation)
        let forms = tree.root.all("form").filter { form in
            if let action, !(form.attributes["action"] ?? "").hasSuffix(action) { return false }
            if let button, !form.all("button").contains(where: { $0.allText.contains(button) }) { return false }
            return true
        }
        let form = try #require(
            forms.first, "no form with button \(button ?? "any") and action \(action ?? "any")", sourceLocation: sourceLocation)
        return PageForm(form, labels: Self.labels(tree.root))
    }

    /// The text of every label, by the id of the control it names.
    private static func labels(_ root: XMLTree.Element) -> [String: String] {
        var labels: [String: String] = [:]
        for label in root.all("label") {
            if let id = label.attributes["for"] { labels[id] = label.allText.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        return labels
    }

    private init(_ form: XMLTree.Element, labels: [String: String]) {
        action = form.attributes["action"] ?? ""
        method = (form.attributes["method"] ?? "get").lowercased()
        multipart = form.attributes["enctype"] == "multipart/form-data"
        var fields: [(name: String, value: String)] = []
        var names: Set<String> = []
        var choices: [String: [Choice]] = [:]
        var labelled: [String: String] = [:]
        for control in form.everything {
            guard let name = control.attributes["name"] else { continue }
            let words = control.attributes["id"].flatMap { labels[$0] } ?? ""
            switch control.name {
            case "input":
                let type = control.attributes["type"] ?? "text"
                guard type != "submit" else { continue }
                names.insert(name)
                if type == "radio" || type == "checkbox" {
                    choices[name, default: []].append(Choice(value: control.attributes["value"] ?? "on", words: words))
                    if control.attributes["checked"] != nil { fields.append((name, control.attributes["value"] ?? "on")) }
                } else if type != "file" {
                    fields.append((name, control.attributes["value"] ?? ""))
                    if !words.isEmpty { labelled[words] = name }
                }
            case "textarea":
                names.insert(name)
                fields.append((name, control.allText))
                if !words.isEmpty { labelled[words] = name }
            case "select":
                names.insert(name)
                let options = control.all("option")
                choices[name] = options.map { Choice(value: $0.attributes["value"] ?? $0.allText, words: $0.allText) }
                if let chosen = options.first(where: { $0.attributes["selected"] != nil }) ?? options.first {
                    fields.append((name, chosen.attributes["value"] ?? chosen.allText))
                }
            default:
                continue
            }
        }
        self.fields = fields
        self.names = names
        self.choices = choices
        self.labelled = labelled
    }

    func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Types into the field the page labels with these words (the label's start is enough).
    mutating func fill(_ label: String, with value: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let match = labelled.first { $0.key == label } ?? labelled.first { $0.key.hasPrefix(label) }
        let name = try #require(match?.value, "no field labelled \"\(label)\" in \(labelled.keys.sorted())", sourceLocation: sourceLocation)
        set(name, value)
    }

    /// Picks, in a select or a radio group, the option whose words contain `words`.
    mutating func choose(_ name: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let option = try option(name, words, sourceLocation: sourceLocation)
        set(name, option.value)
    }

    /// Ticks, in a checkbox group, the box whose words contain `words`.
    mutating func tick(_ name: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let option = try option(name, words, sourceLocation: sourceLocation)
        if !fields.contains(where: { $0.name == name && $0.value == option.value }) { fields.append((name, option.value)) }
    }

    /// The options of a select or group, for a test that takes the first real one.
    func options(_ name: String) -> [Choice] { choices[name] ?? [] }

    private func option(_ name: String, _ words: String, sourceLocation: SourceLocation) throws -> Choice {
        let options = try #require(choices[name], "no choice named \(name) on the form", sourceLocation: sourceLocation)
        return try #require(
            options.first { $0.words.contains(words) }, "no option \"\(words)\" for \(name) in \(options.map(\.words))",
            sourceLocation: sourceLocation)
    }

    /// Sets a field the form has; a name the form lacks fails the test.
    mutating func set(_ name: String, _ value: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(names.contains(name), "the form has no field \(name)", sourceLocation: sourceLocation)
        fields.removeAll { $0.name == name }
        fields.append((name, value))
    }
}
