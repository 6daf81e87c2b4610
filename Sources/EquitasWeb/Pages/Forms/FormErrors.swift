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
        add(base.isEmpty ? fallbackField : base, Self.sentence(failure.message))
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
