/// The council's answer to a recommendation.
public enum PlanResponse: String, DomainEnum {
    case agreed
    /// Agreed in aim, but the council will reach it another way.
    case agreedDifferentApproach = "agreed-different-approach"
    /// The council considers it done already (work under way elsewhere).
    case alreadyDone = "already-done"
    case notAgreed = "not-agreed"

    /// Anything short of a plain "agreed" has to say why: committees ask.
    public var needsRationale: Bool { self != .agreed }

    /// "Agreed with a different approach"
    public var label: String {
        switch self {
        case .agreed: "Agreed"
        case .agreedDifferentApproach: "Agreed with a different approach"
        case .alreadyDone: "Already done"
        case .notAgreed: "Not agreed"
        }
    }

    /// Reads a label or a raw value, ignoring case: what a person types in a spreadsheet.
    public init?(label: String) {
        let wanted = label.trimmingCharacters(in: .whitespaces).lowercased()
        guard let found = Self.allCases.first(where: { $0.label.lowercased() == wanted || $0.rawValue == wanted }) else { return nil }
        self = found
    }
}
