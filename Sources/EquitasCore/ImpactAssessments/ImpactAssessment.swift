import Foundation

/// An equality impact assessment: how a proposal (a budget cut, a new policy, a
/// service change) may affect people with each protected characteristic, what was
/// done about it, and what was decided. Councils keep a register of them; peers ask
/// whether they are consistent, published and done early enough to change a decision.
public struct ImpactAssessment: Codable, Equatable, Sendable {
    public var organisationId: UUID
    public var title: String
    /// The service or directorate that owns the proposal.
    public var service: String
    /// What is proposed, in a sentence or two.
    public var proposal: String
    /// The person or body who decides ("Cabinet", "Director of Housing").
    public var decisionMaker: String?
    /// When the decision is (or was) due to be taken.
    public var decisionDate: CalendarDate?
    /// One line per characteristic considered: the nine protected ones and any the
    /// council adds.
    public var impacts: [CharacteristicImpact]
    /// Who was consulted or engaged, and how.
    public var consultation: String?
    /// What will be done to remove or reduce a negative impact.
    public var mitigations: String?
    /// The outcome once decided; nil while the assessment is still in progress.
    public var outcome: ImpactOutcome?
    /// When the assessment is to be looked at again.
    public var reviewDate: CalendarDate?
    /// Published on the council's website.
    public var published: Bool

    public init(
        organisationId: UUID, title: String, service: String, proposal: String, decisionMaker: String? = nil,
        decisionDate: CalendarDate? = nil, impacts: [CharacteristicImpact] = [], consultation: String? = nil,
        mitigations: String? = nil, outcome: ImpactOutcome? = nil, reviewDate: CalendarDate? = nil, published: Bool = false
    ) {
        self.organisationId = organisationId
        self.title = title
        self.service = service
        self.proposal = proposal
        self.decisionMaker = decisionMaker
        self.decisionDate = decisionDate
        self.impacts = impacts
        self.consultation = consultation
        self.mitigations = mitigations
        self.outcome = outcome
        self.reviewDate = reviewDate
        self.published = published
    }
}

/// The likely effect on people who share one characteristic, and what it rests on.
public struct CharacteristicImpact: Codable, Equatable, Sendable {
    /// A `ProtectedCharacteristic` raw value, or the council's own name for an extra one
    /// ("care experience").
    public var characteristic: String
    public var rating: ImpactRating
    public var evidence: String?

    public init(characteristic: String, rating: ImpactRating, evidence: String? = nil) {
        self.characteristic = characteristic
        self.rating = rating
        self.evidence = evidence
    }
}

public enum ImpactRating: String, DomainEnum {
    case positive
    case negative
    case neutral
    /// Not yet known: usually a sign that the data is missing.
    case unknown

    public var label: String {
        switch self {
        case .positive: "Positive"
        case .negative: "Negative"
        case .neutral: "Neutral"
        case .unknown: "Not known"
        }
    }
}

/// The four outcomes the Equality and Human Rights Commission's guidance describes.
public enum ImpactOutcome: String, DomainEnum {
    /// No major change needed: the evidence shows no potential for discrimination.
    case noMajorChange = "no-major-change"
    /// Adjust the proposal to remove barriers or better advance equality.
    case adjust
    /// Continue despite a possible adverse impact, with the justification recorded.
    case continueWithJustification = "continue"
    /// Stop and remove the proposal: the adverse impact is unlawful or cannot be justified.
    case stop

    public var label: String {
        switch self {
        case .noMajorChange: "No major change"
        case .adjust: "Adjust the proposal"
        case .continueWithJustification: "Continue, with justification"
        case .stop: "Stop and remove the proposal"
        }
    }
}
