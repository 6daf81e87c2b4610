/// A part a diff can compare field by field.
public protocol DiffablePart: Codable, Equatable, Sendable {
    static func changedFields(from old: Self, to new: Self) -> [String]
}

extension Finding: DiffablePart {
    public static func changedFields(from old: Finding, to new: Finding) -> [String] {
        let checks: [(String, Bool)] = [
            ("module", old.module != new.module), ("kind", old.kind != new.kind), ("text", old.text != new.text),
            ("organisation_id", old.organisationId != new.organisationId), ("attribution", old.attribution != new.attribution),
            ("theme", old.theme != new.theme),
        ]
        return checks.filter(\.1).map(\.0)
    }
}

extension Recommendation: DiffablePart {
    public static func changedFields(from old: Recommendation, to new: Recommendation) -> [String] {
        let checks: [(String, Bool)] = [
            ("number", old.number != new.number), ("module", old.module != new.module), ("text", old.text != new.text),
            ("organisation_id", old.organisationId != new.organisationId),
        ]
        return checks.filter(\.1).map(\.0)
    }
}
