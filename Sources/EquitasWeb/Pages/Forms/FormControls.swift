/// Form fields built the one accessible way: every control has a visible label tied to
/// it, hints and errors are read out with it (`aria-describedby`), an error marks the
/// field invalid, and groups of radios or checkboxes sit in a fieldset with a legend.
/// Field ids are `field-<name>`, which the error summary links to.
enum FormControls {
    static func fieldId(_ name: String) -> String {
        "field-" + name.replacingOccurrences(of: "[]", with: "").replacingOccurrences(of: "_", with: "-")
    }

    static func csrf(_ token: String?) -> Node {
        .input([Attribute("type", "hidden"), Attribute("name", CSRFMiddleware.field), Attribute("value", token ?? "")])
    }

    /// A single-line field. `type` may be text, email, password, date, number, search.
    static func text(
        _ name: String, label: String, value: String? = nil, hint: String? = nil, error: String? = nil,
        type: String = "text", autocomplete: String? = nil, required: Bool = false, width: String? = nil
    ) -> Node {
        let id = fieldId(name)
        return group(
            id: id, error: error,
            heading(id, label: label, hint: hint, error: error),
            .input([
                Attribute("type", type), .id(id), Attribute("name", name), value.map { Attribute("value", $0) },
                autocomplete.map { Attribute("autocomplete", $0) }, .flag("required", required),
                width.map { .class("width-" + $0) }, describedBy(id, hint: hint, error: error),
                error == nil ? nil : .aria("invalid", "true"),
            ]))
    }

    /// `autofocus` only where the person has just pressed this form's own button and
    /// goes on with the same form (quick capture): never on a page they arrive at.
    static func textArea(
        _ name: String, label: String, value: String? = nil, hint: String? = nil, error: String? = nil, rows: Int = 5,
        required: Bool = false, autofocus: Bool = false
    ) -> Node {
        let id = fieldId(name)
        return group(
            id: id, error: error,
            heading(id, label: label, hint: hint, error: error),
            .textarea(
                [
                    .id(id), Attribute("name", name), Attribute("rows", String(rows)), .flag("required", required), .flag("autofocus", autofocus),
                    describedBy(id, hint: hint, error: error), error == nil ? nil : .aria("invalid", "true"),
                ], text: value ?? ""))
    }

    /// A drop-down list. Options are (value, words).
    static func select(
        _ name: String, label: String, options: [(value: String, words: String)], selected: String? = nil,
        hint: String? = nil, error: String? = nil
    ) -> Node {
        let id = fieldId(name)
        return group(
            id: id, error: error,
            heading(id, label: label, hint: hint, error: error),
            .select(
                [.id(id), Attribute("name", name), describedBy(id, hint: hint, error: error), error == nil ? nil : .aria("invalid", "true")],
                .fragment(options.map { .option(value: $0.value, selected: $0.value == selected, .text($0.words)) })))
    }

    /// One choice among a few, all visible: radios in a fieldset whose legend asks the question.
    static func radios(
        _ name: String, legend: String, options: [(value: String, words: String)], selected: String? = nil,
        hint: String? = nil, error: String? = nil, inline: Bool = false
    ) -> Node {
        choices(name, type: "radio", legend: legend, options: options, selected: selected.map { [$0] } ?? [], hint: hint, error: error, inline: inline)
    }

    /// Any number of choices: checkboxes in a fieldset; the name gets `[]` so the values arrive as a list.
    static func checkboxes(
        _ name: String, legend: String, options: [(value: String, words: String)], selected: Set<String> = [],
        hint: String? = nil, error: String? = nil
    ) -> Node {
        choices(name + "[]", type: "checkbox", legend: legend, options: options, selected: selected, hint: hint, error: error, inline: false)
    }

    static func file(_ name: String, label: String, hint: String? = nil, error: String? = nil, accept: String? = nil) -> Node {
        let id = fieldId(name)
        return group(
            id: id, error: error,
            heading(id, label: label, hint: hint, error: error),
            .input([
                Attribute("type", "file"), .id(id), Attribute("name", name), accept.map { Attribute("accept", $0) },
                describedBy(id, hint: hint, error: error), error == nil ? nil : .aria("invalid", "true"),
            ]))
    }

    static func submit(_ words: String, secondary: Bool = false, name: String? = nil, value: String? = nil) -> Node {
        .button(
            [Attribute("type", "submit"), secondary ? .class("button-secondary") : nil, name.map { Attribute("name", $0) },
             value.map { Attribute("value", $0) }],
            .text(words))
    }

    /// A button that posts at once (delete, issue, resolve), in a form of its own with the token.
    /// `context` is read out after the words but not shown: short words on a phone, a
    /// name that still says which of several alike buttons this is.
    static func postButton(
        _ words: String, context: String? = nil, action: String, csrf: String?, warning: Bool = false, hiddenFields: [(String, String)] = []
    ) -> Node {
        .form(
            action: action, method: .post, [.class("inline-form")],
            Self.csrf(csrf),
            .fragment(hiddenFields.map { .input([Attribute("type", "hidden"), Attribute("name", $0.0), Attribute("value", $0.1)]) }),
            .button(
                [Attribute("type", "submit"), warning ? .class("button-warning") : .class("button-secondary")], .text(words),
                context.map { .span([.class("visually-hidden")], .text(" " + $0)) } ?? .empty))
    }

    // MARK: - Parts

    private static func choices(
        _ name: String, type: String, legend: String, options: [(value: String, words: String)], selected: Set<String>,
        hint: String?, error: String?, inline: Bool
    ) -> Node {
        let id = fieldId(name)
        let items = options.enumerated().map { index, option in
            let optionId = index == 0 ? id : "\(id)-\(index + 1)"
            return Node.div(
                [.class("choice")],
                .input([
                    Attribute("type", type), .id(optionId), Attribute("name", name), Attribute("value", option.value),
                    .flag("checked", selected.contains(option.value)),
                ]),
                .label(for: optionId, .text(option.words)))
        }
        return .div(
            [.class(error == nil ? "form-group" : "form-group form-group-error")],
            .fieldset(
                [describedBy(id, hint: hint, error: error)],
                .legend([], .text(legend)),
                hintNode(id, hint),
                errorNode(id, error),
                .div([.class(inline ? "choices choices-inline" : "choices")], .fragment(items))))
    }

    private static func group(id: String, error: String?, _ children: Node...) -> Node {
        .div([.class(error == nil ? "form-group" : "form-group form-group-error")], .fragment(children))
    }

    /// The label, then the hint, then the error: the order GOV.UK forms read them out.
    private static func heading(_ id: String, label: String, hint: String?, error: String?) -> Node {
        .fragment([.label(for: id, .text(label)), hintNode(id, hint), errorNode(id, error)])
    }

    private static func hintNode(_ id: String, _ hint: String?) -> Node {
        hint.map { .span([.id(id + "-hint"), .class("hint")], .text($0)) } ?? .empty
    }

    private static func errorNode(_ id: String, _ error: String?) -> Node {
        error.map { .span([.id(id + "-error"), .class("error-message")], .span([.class("visually-hidden")], "Error: "), .text($0)) } ?? .empty
    }

    private static func describedBy(_ id: String, hint: String?, error: String?) -> Attribute? {
        let ids = [hint == nil ? nil : id + "-hint", error == nil ? nil : id + "-error"].compactMap { $0 }
        return ids.isEmpty ? nil : .aria("describedby", ids.joined(separator: " "))
    }
}
