import Foundation

/// A numbered recommendation; the council's action plan answers each one.
public struct Recommendation: ChallengePart, Hashable {
    public var number: Int
    public var module: String?
    public var text: String
    public var organisationId: UUID?

    public init(number: Int, module: String? = nil, text: String, organisationId: UUID? = nil) {
        self.number = number
        self.module = module
        self.text = text
        self.organisationId = organisationId
    }

    public func validated(in context: ChallengeContext) throws(ValidationFailure) -> Recommendation {
        var copy = self
        guard number >= 1 else { throw ValidationFailure(path: "number", message: "must be 1 or more") }
        if let module { try context.checkModule(module, path: "module") }
        copy.text = try Text.required(text, path: "text")
        try context.checkOrganisation(organisationId, path: "organisation_id")
        return copy
    }
}
