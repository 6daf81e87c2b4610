/// One field of a record before and after a change; nil is "had no value".
public struct AuditFieldChange: Codable, Equatable, Hashable, Sendable {
    public var field: String
    public var before: String?
    public var after: String?

    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }

    /// Shown instead of a secret's value (a password hash, a token hash).
    public static let hidden = "(hidden)"

    /// The fields that differ between two states of a record, by field name. A create
    /// passes no `before` and gives every field that has a value; a delete passes no
    /// `after` and gives every field that had one. Empty text counts as no value.
    /// Secret fields show as `(hidden)` on whichever side has a value, so the trail says
    /// that they changed but never what to.
    public static func changes(
        before: [String: String?]?, after: [String: String?]?, secret: Set<String> = []
    ) -> [AuditFieldChange] {
        let fields = Set((before ?? [:]).keys).union((after ?? [:]).keys).sorted()
        return fields.compactMap { field in
            let old = Self.value(before?[field] ?? nil)
            let new = Self.value(after?[field] ?? nil)
            guard old != new else { return nil }
            guard secret.contains(field) else { return AuditFieldChange(field: field, before: old, after: new) }
            return AuditFieldChange(field: field, before: old.map { _ in hidden }, after: new.map { _ in hidden })
        }
    }

    private static func value(_ text: String?) -> String? {
        text?.isEmpty == true ? nil : text
    }
}
