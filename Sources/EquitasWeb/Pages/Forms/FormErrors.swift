import EquitasCore

/// What was wrong with a form, field by field, in the order the fields appear: shown
/// once in the error summary at the top (each a link to its field) and again beside
/// each field, as GOV.UK forms do.
struct FormErrors: Sendable {
    private(set) var problems: [(field: String, message: String)] = []

    init() {}

    init(_ field: String, _ message: String) {
        add(field, message)
    }

    /// A failure from the core, at the field its path names (`organisation_ids[1]` is
    /// the `organisation_ids` field).
    init(_ failure: ValidationFailure, fallbackField: String) {
        let base = failure.path.split(separator: "[").first.map(String.init) ?? ""
        let field = base.isEmpty ? fallbackField : base
        add(field, Self.message(failure.message, field: field))
    }

    /// A core message as a sentence that names its field: "must not be blank" alone
    /// leaves a person guessing which box, so it becomes "The title must not be blank".
    static func message(_ message: String, field: String) -> String {
        let fragments = ["is ", "must ", "has ", "names ", "needs ", "contains "]
        guard fragments.contains(where: message.hasPrefix) else { return sentence(message) }
        return "The \(label(field)) \(message)"
    }

    /// "organisation_ids" → "organisations", "ons_code" → "ons code": the field as words.
    static func label(_ field: String) -> String {
        var words = field.split(separator: ".").last.map(String.init) ?? field
        if words.hasSuffix("_ids") { words = String(words.dropLast(4)) + "s" }
        if words.hasSuffix("_id") { words = String(words.dropLast(3)) }
        return words.replacingOccurrences(of: "_", with: " ")
    }

    mutating func add(_ field: String, _ message: String) {
        problems.append((field, message))
    }

    var isEmpty: Bool { problems.isEmpty }

    /// "Error: " before the page title when the form came back with problems, so a
    /// screen reader user hears at once that it did not go through.
    var titlePrefix: String { isEmpty ? "" : "Error: " }

    subscript(field: String) -> String? {
        problems.first { $0.field == field }?.message
    }

    /// The summary box, or nothing when the form was fine.
    var summary: Node {
        isEmpty ? .empty : ErrorSummary.node(problems.map { (FormControls.fieldId($0.field), $0.message) })
    }

    /// Core messages start in lower case to sit after a path; a person reads a sentence.
    static func sentence(_ message: String) -> String {
        guard let first = message.first else { return message }
        return first.uppercased() + message.dropFirst()
    }
}
