import Foundation

/// One thing the peers found, under a module, jointly or for one council.
public struct Finding: ChallengePart, Hashable {
    public var module: String
    public var kind: FindingKind
    public var text: String
    /// nil for a joint finding; otherwise one of the challenge's organisations.
    public var organisationId: UUID?
    /// Who said it, for a quote: "Partner organisation", "Elected Member". Never a resident's name.
    public var attribution: String?
    /// A sub-heading the report groups findings under ("Data collection").
    public var theme: String?

    public init(module: String, kind: FindingKind, text: String, organisationId: UUID? = nil, attribution: String? = nil, theme: String? = nil) {
        self.module = module
        self.kind = kind
        self.text = text
        self.organisationId = organisationId
        self.attribution = attribution
        self.theme = theme
    }

    public func validated(in context: ChallengeContext) throws(ValidationFailure) -> Finding {
        var copy = self
        try context.checkModule(module, path: "module")
        if context.isEntry, let problem = ChallengeRules.outOfScope(module: module, kind: kind, framework: context.framework, challenge: context.challenge) {
            throw ValidationFailure(path: "module", message: problem)
        }
        copy.text = try Text.required(text, path: "text")
        try context.checkOrganisation(organisationId, path: "organisation_id")
        copy.attribution = try Text.optional(attribution, path: "attribution", maximum: 200)
        copy.theme = try Text.optional(theme, path: "theme", maximum: 200)
        if kind == .quote, copy.attribution == nil {
            throw ValidationFailure(path: "attribution", message: "a quote needs an attribution, such as \"Partner organisation\"")
        }
        if let attribution = copy.attribution, let name = context.directoryName(in: attribution) {
            throw ValidationFailure(
                path: "attribution",
                message: "\"\(name)\" is a person in the directory: attribute a quote to a role or a group, such as \"Senior manager\", never to a name")
        }
        return copy
    }
}

public enum FindingKind: String, DomainEnum {
    case strength
    case areaForConsideration = "area-for-consideration"
    case goodPractice = "good-practice"
    case quote
    /// On a module outside the challenge's scope.
    case observation
    /// What it would take to reach the next level.
    case nextLevel = "next-level"
    /// A pointer to good practice in another named council.
    case signpost
}
