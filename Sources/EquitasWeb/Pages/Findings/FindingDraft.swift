import EquitasCore
import Foundation
import Vapor

/// The capture form as posted, and as shown again: every field is text, so a form that
/// comes back with a mistake shows exactly what the person typed.
struct FindingDraft: Content {
    var module: String?
    var kind: String?
    /// "joint", or the id of one of the challenge's councils.
    var council: String?
    var text: String?
    var attribution: String?
    var theme: String?

    init() {}

    init(_ finding: Finding) {
        module = finding.module
        kind = finding.kind.rawValue
        council = finding.organisationId?.uuidString.lowercased() ?? "joint"
        text = finding.text
        attribution = finding.attribution
        theme = finding.theme
    }

    /// The finding these fields make, or what a person must fix first (in the order
    /// the fields appear). The core checks the rest against the challenge.
    func parsed(in work: PeerWorkRecord? = nil) -> (finding: Finding?, errors: FormErrors) {
        var errors = FormErrors()
        let moduleId = Self.trimmed(module)
        if moduleId == nil { errors.add("module", "Choose the module the finding is about") }
        let findingKind = FindingKind(rawValue: kind ?? "")
        if findingKind == nil { errors.add("kind", "Choose what kind of finding this is") }
        if let work, let moduleId, let findingKind,
            let problem = ChallengeRules.outOfScope(module: moduleId, kind: findingKind, framework: work.framework, challenge: work.challenge)
        {
            errors.add("module", FormErrors.sentence(problem))
        }
        var organisationId: UUID?
        if let raw = Self.trimmed(council), raw != "joint" {
            organisationId = UUID(uuidString: raw)
            if organisationId == nil { errors.add("council", "Choose joint or one of the councils") }
        }
        let words = Self.trimmed(text)
        if words == nil { errors.add("text", "Enter what the team found") }
        if findingKind == .quote, Self.trimmed(attribution) == nil {
            errors.add("attribution", "Enter who said it, as a role or a group, such as Partner organisation")
        }
        guard errors.isEmpty, let moduleId, let findingKind, let words else { return (nil, errors) }
        let finding = Finding(
            module: moduleId, kind: findingKind, text: words, organisationId: organisationId,
            attribution: Self.trimmed(attribution), theme: Self.trimmed(theme))
        return (finding, errors)
    }

    /// A refusal from the core, beside the field it is about.
    static func errors(_ failure: ValidationFailure) -> FormErrors {
        if failure.path.hasPrefix("organisation_id") { return FormErrors("council", FormErrors.sentence(failure.message)) }
        return FormErrors(failure, fallbackField: "text")
    }

    static func trimmed(_ value: String?) -> String? {
        let words = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return words.isEmpty ? nil : words
    }
}
