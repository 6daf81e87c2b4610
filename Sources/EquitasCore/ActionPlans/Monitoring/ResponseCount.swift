/// How many items carry one response; `response` is absent for the items the council
/// has not answered yet.
public struct ResponseCount: Codable, Equatable, Sendable {
    public var response: PlanResponse?
    public var label: String
    public var count: Int

    public static let unansweredLabel = "Not yet answered"

    public init(response: PlanResponse?, count: Int) {
        self.response = response
        self.label = response?.label ?? Self.unansweredLabel
        self.count = count
    }
}
