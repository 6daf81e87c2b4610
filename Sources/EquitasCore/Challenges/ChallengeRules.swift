import Foundation

/// The rules a review manager expects of what is entered on a challenge, in the words
/// the refusal gives. The checks themselves sit where the value is validated (the
/// part's `validated(in:)`, the challenge store), so the pages and the API refuse alike.
public enum ChallengeRules {
    /// Why `organisation` cannot be challenged against `framework`.
    public static func notApplicable(_ organisation: Organisation, framework: Framework) -> String {
        if organisation.type == .nationalBody {
            return "\(organisation.name) is a national body: it runs and supports challenges, it is not challenged itself"
        }
        let kinds = framework.appliesTo.map { $0.rawValue.replacingOccurrences(of: "-", with: " ") }.joined(separator: ", ")
        return "\(organisation.name) is not a body that \(framework.name) applies to (it applies to: \(kinds))"
    }

    /// Nil for a person from another body; otherwise why someone from a body under
    /// challenge cannot be on its team.
    public static func fromBodyUnderChallenge(_ person: Person, challenge: Challenge, names: [UUID: String]) -> String? {
        guard let body = person.organisationId, challenge.organisationIds.contains(body) else { return nil }
        let council = names[body] ?? "a council under challenge"
        return "\(person.name) works for \(council), which this challenge assesses: the team comes from other bodies, so that the challenge is independent"
    }

    /// Nil when the session falls within the challenge's dates (or the challenge has none);
    /// otherwise why it does not, naming both in words.
    public static func outsideDates(_ session: ProgrammeSession, of challenge: Challenge) -> String? {
        guard let start = challenge.start else { return nil }
        let end = challenge.end ?? start
        let first = session.start.date
        let last = session.end.date
        guard first < start || last > end else { return nil }
        return "the session is on \(first.longForm), outside the challenge's dates (\(CalendarDate.range(start, end))): "
            + "correct the date, or confirm that it is meant"
    }

    /// Nil for a finding on a module in scope, or an observation (which is what a finding
    /// outside the scope is); otherwise why not.
    public static func outOfScope(module: String, kind: FindingKind, framework: Framework, challenge: Challenge) -> String? {
        guard kind != .observation, !challenge.modules.contains(where: { $0.id == module }) else { return nil }
        let name = framework.module(module).map { "\(framework.moduleNoun) \($0.code), \($0.name)," } ?? "\"\(module)\""
        let inScope = challenge.modules.compactMap { framework.module($0.id)?.name }.joined(separator: "; ")
        return "\(name) is not in this challenge's scope (\(inScope)): record what the team saw there as an observation, or choose a \(framework.moduleNoun) in scope"
    }
}
