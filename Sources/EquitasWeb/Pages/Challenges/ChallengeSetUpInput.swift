import EquitasCore
import Foundation
import Vapor

/// What the set-up form sent, kept as typed so the form can be shown again with the
/// person's own words when something is wrong. Turning it into a `Challenge` checks
/// only what the form itself can get wrong (a date that is no date, a module with no
/// level); the store checks the rest, and its failures land at the same fields.
struct ChallengeSetUpInput: Sendable {
    var frameworkId: String = ""
    var organisationIds: [String] = []
    var kind: String = ChallengeKind.peerChallenge.rawValue
    var modules: [String] = []
    /// Module id → level id, for every module whose level select was sent.
    var levels: [String: String] = [:]
    var focus: String = ""
    var start: String = ""
    var end: String = ""
    /// The earlier challenge's id, for a follow-up (a hidden field of step 2).
    var follows: String = ""

    private struct Fields: Content {
        var framework_id: String?
        var organisation_ids: [String]?
        var kind: String?
        var modules: [String]?
        var focus: String?
        var start: String?
        var end: String?
        var follows: String?
    }

    static func levelField(_ moduleId: String) -> String { "level_" + moduleId }

    /// From a posted form. Each module's level is a field of its own, named after the module.
    static func read(_ req: Request, framework: Framework?) -> ChallengeSetUpInput {
        let fields = (try? req.content.decode(Fields.self)) ?? Fields()
        var input = ChallengeSetUpInput(
            frameworkId: fields.framework_id ?? "", organisationIds: fields.organisation_ids ?? [],
            kind: fields.kind ?? "", modules: fields.modules ?? [], focus: fields.focus ?? "", start: fields.start ?? "",
            end: fields.end ?? "")
        input.follows = fields.follows ?? ""
        for module in framework?.modules ?? [] {
            if let level = try? req.content.get(String.self, at: levelField(module.id)), !level.isEmpty {
                input.levels[module.id] = level
            }
        }
        return input
    }

    /// Step 2 of a follow-up, filled in from the earlier challenge: its councils, and its
    /// modules at the levels sought then (the framework's newest version, same id).
    static func following(_ earlier: Identified<Challenge>) -> ChallengeSetUpInput {
        var input = ChallengeSetUpInput(earlier.value)
        input.start = ""
        input.end = ""
        input.focus = ""
        input.follows = earlier.id.uuidString.lowercased()
        return input
    }

    /// The form filled in from a stored challenge, for editing.
    init(_ challenge: Challenge) {
        frameworkId = challenge.frameworkId
        organisationIds = challenge.organisationIds.map { $0.uuidString.lowercased() }
        kind = challenge.kind.rawValue
        modules = challenge.modules.map(\.id)
        levels = Dictionary(challenge.modules.map { ($0.id, $0.level) }, uniquingKeysWith: { first, _ in first })
        focus = challenge.focus ?? ""
        start = challenge.start?.description ?? ""
        end = challenge.end?.description ?? ""
        follows = challenge.follows?.uuidString.lowercased() ?? ""
    }

    init(
        frameworkId: String = "", organisationIds: [String] = [], kind: String = ChallengeKind.peerChallenge.rawValue,
        modules: [String] = [], focus: String = "", start: String = "", end: String = ""
    ) {
        self.frameworkId = frameworkId
        self.organisationIds = organisationIds
        self.kind = kind
        self.modules = modules
        self.focus = focus
        self.start = start
        self.end = end
    }

    /// The challenge this form describes, laid over `stored` when editing so that what
    /// the form does not show (status, conclusions, judgements, award) is kept.
    func challenge(framework: Framework, stored: Challenge?) -> Result<Challenge, FormErrorList> {
        var errors = FormErrors()
        var councils: [UUID] = []
        for text in organisationIds {
            if let id = UUID(uuidString: text) { councils.append(id) } else { errors.add("organisation_ids", "Choose councils from the list") }
        }
        if councils.isEmpty, errors.isEmpty { errors.add("organisation_ids", "Choose at least one council") }
        let chosenKind = ChallengeKind(rawValue: kind)
        if chosenKind == nil { errors.add("kind", "Choose what kind of challenge this is") }
        var scopes: [ModuleScope] = []
        for module in framework.modules where modules.contains(module.id) {
            guard let level = levels[module.id] else {
                errors.add("modules", "Choose the level sought in \(module.name)")
                continue
            }
            let kept = stored?.modules.first { $0.id == module.id }
            scopes.append(ModuleScope(id: module.id, level: level, judgement: kept?.judgement ?? .none, conclusion: kept?.conclusion))
        }
        if modules.isEmpty { errors.add("modules", "Choose at least one \(framework.moduleNoun) to put in scope") }
        let startDate = Self.date(start, field: "start", words: "start date", into: &errors)
        let endDate = Self.date(end, field: "end", words: "end date", into: &errors)
        if let startDate, let endDate, endDate < startDate { errors.add("end", "The end date must be the same as or after the start date") }
        let earlier = follows.isEmpty ? nil : UUID(uuidString: follows)
        if !follows.isEmpty, earlier == nil { errors.add("follows", "Choose the earlier challenge from its own page") }
        guard errors.isEmpty, let chosenKind else { return .failure(FormErrorList(errors)) }
        var challenge = stored ?? Challenge(organisationIds: [], frameworkId: framework.id, modules: [])
        challenge.organisationIds = councils
        challenge.frameworkId = framework.id
        challenge.frameworkVersion = stored?.frameworkVersion ?? framework.version
        challenge.kind = chosenKind
        challenge.modules = scopes
        challenge.focus = focus.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : focus
        challenge.start = startDate
        challenge.end = endDate
        if stored == nil { challenge.follows = earlier }
        return .success(challenge)
    }

    /// Empty is no date; anything else must be a real day.
    private static func date(_ text: String, field: String, words: String, into errors: inout FormErrors) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        guard let date = CalendarDate(trimmed) else {
            errors.add(field, "Enter the \(words) as a real date, such as 2025-03-12")
            return nil
        }
        return date
    }
}

/// `FormErrors` as an `Error`, so a form's problems can travel in a `Result`.
struct FormErrorList: Error {
    var errors: FormErrors
    init(_ errors: FormErrors) { self.errors = errors }
}
