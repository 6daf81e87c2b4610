import Foundation

/// One line of the plan: a recommendation (or the council's own objective) and the
/// council's response to it. Its actions are stored beside it.
public struct PlanItem: Codable, Hashable, Sendable {
    /// The recommendation's own number, so item 7 answers recommendation 7.
    public var number: Int
    /// The recommendation answered; nil for an objective the council set itself.
    public var recommendationId: UUID?
    /// The recommendation's words (copied, so the plan reads on its own) or the objective.
    public var text: String
    /// The framework module it falls under, by id ("communities"); free text for a plan
    /// with no challenge.
    public var module: String?
    /// nil until the council has answered.
    public var response: PlanResponse?
    /// Why, when the response is not a plain "agreed".
    public var rationale: String?

    public init(number: Int, recommendationId: UUID? = nil, text: String, module: String? = nil, response: PlanResponse? = nil, rationale: String? = nil) {
        self.number = number
        self.recommendationId = recommendationId
        self.text = text
        self.module = module
        self.response = response
        self.rationale = rationale
    }

    public func validated() throws(ValidationFailure) -> PlanItem {
        var copy = self
        guard number >= 1 else { throw ValidationFailure(path: "number", message: "must be 1 or more") }
        copy.text = try Text.required(text, path: "text")
        copy.module = try Text.optional(module, path: "module", maximum: 200)
        copy.rationale = try Text.optional(rationale, path: "rationale")
        if let response, response.needsRationale, copy.rationale == nil {
            throw ValidationFailure(path: "rationale", message: "a response of \"\(response.label)\" needs a rationale saying why")
        }
        return copy
    }
}
