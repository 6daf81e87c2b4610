import Foundation

/// The narrowing a search may carry besides its words. Each is optional; all given must hold.
public struct LibrarySearchFilter: Hashable, Sendable {
    /// A framework's module id, such as `eflg-2021.m1`'s `m1`.
    public var module: String?
    public var kind: LibraryEntryKind?
    /// The level sought for the finding's module (or any module, for a recommendation without one).
    public var level: String?
    /// The year the challenge took place (its start date, or when it was recorded).
    public var year: Int?
    /// The type of any council in the challenge: `district`, `county`, …
    public var organisationType: String?
    public var framework: String?
    /// Leaves out one challenge: similar practice is looked for elsewhere.
    public var excludingChallenge: UUID?

    public init(
        module: String? = nil, kind: LibraryEntryKind? = nil, level: String? = nil, year: Int? = nil,
        organisationType: String? = nil, framework: String? = nil, excludingChallenge: UUID? = nil
    ) {
        self.module = module
        self.kind = kind
        self.level = level
        self.year = year
        self.organisationType = organisationType
        self.framework = framework
        self.excludingChallenge = excludingChallenge
    }

    /// Reads the filters as the API, the pages and the command line receive them: text,
    /// empty meaning "any". Each bad value is named by its field.
    public static func parse(
        module: String?, kind: String?, level: String?, year: String?, organisationType: String?, framework: String?
    ) throws(ValidationFailure) -> LibrarySearchFilter {
        func given(_ value: String?) -> String? {
            guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
            return trimmed
        }
        var filter = LibrarySearchFilter(module: given(module), level: given(level), organisationType: given(organisationType), framework: given(framework))
        if let kind = given(kind) {
            guard let parsed = LibraryEntryKind(rawValue: kind) else {
                throw ValidationFailure(
                    path: "kind", message: "\"\(kind)\" is not a kind; use one of \(LibraryEntryKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.kind = parsed
        }
        if let year = given(year) {
            guard let parsed = Int(year), (1990...2200).contains(parsed) else {
                throw ValidationFailure(path: "year", message: "\"\(year)\" is not a year such as 2024")
            }
            filter.year = parsed
        }
        for (path, value) in [("module", filter.module), ("level", filter.level), ("organisation_type", filter.organisationType), ("framework", filter.framework)] {
            if let value, value.count > 100 {
                throw ValidationFailure(path: path, message: "at most 100 characters")
            }
        }
        return filter
    }
}

/// What a library entry is: one of the findings' kinds, or a recommendation.
public enum LibraryEntryKind: String, DomainEnum {
    case strength
    case areaForConsideration = "area-for-consideration"
    case goodPractice = "good-practice"
    case quote
    case observation
    case nextLevel = "next-level"
    case signpost
    case recommendation

    public init(_ kind: FindingKind) {
        self = LibraryEntryKind(rawValue: kind.rawValue)!
    }
}
