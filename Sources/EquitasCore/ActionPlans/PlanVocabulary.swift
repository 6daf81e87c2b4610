import Foundation

/// The names a plan's ids stand for: lead officers by name, modules by title. A
/// spreadsheet says "Rachel Barker" and "Leadership and organisational commitment";
/// the plan stores a person's id and a module id.
public struct PlanVocabulary: Sendable {
    public var people: [Identified<Person>]
    /// The modules of the framework the plan's challenge used; empty for a plan of
    /// the council's own, whose module column is free text.
    public var modules: [FrameworkModule]

    public init(people: [Identified<Person>], modules: [FrameworkModule] = []) {
        self.people = people
        self.modules = modules
    }

    public func personName(_ id: UUID?) -> String? {
        guard let id else { return nil }
        return people.first { $0.id == id }?.value.name
    }

    public enum PersonMatch: Equatable, Sendable {
        case found(UUID)
        case none
        /// Two people share the name: the spreadsheet cannot say which is meant.
        case ambiguous(Int)
    }

    /// The person with this name, ignoring case and runs of spaces.
    public func person(named name: String) -> PersonMatch {
        let wanted = Self.folded(name)
        let matches = people.filter { Self.folded($0.value.name) == wanted }
        switch matches.count {
        case 0: return .none
        case 1: return .found(matches[0].id)
        default: return .ambiguous(matches.count)
        }
    }

    /// The title to show for a stored module value: the framework's name for a known
    /// id, otherwise the value as stored.
    public func moduleTitle(_ module: String?) -> String? {
        guard let module else { return nil }
        return modules.first { $0.id == module }?.name ?? module
    }

    /// The stored value for what a person typed: a known module's id when the text is
    /// its id, code or name (ignoring case); the text itself when the plan has no
    /// framework; nil when the plan has a framework and nothing matches.
    public func moduleValue(for text: String) -> String? {
        guard !modules.isEmpty else { return text }
        let wanted = Self.folded(text)
        return modules.first { Self.folded($0.id) == wanted || Self.folded($0.code) == wanted || Self.folded($0.name) == wanted }?.id
    }

    public static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
