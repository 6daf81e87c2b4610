/// A module of the framework that this challenge assesses, the level the council
/// seeks in it, and what the peers concluded.
public struct ModuleScope: Codable, Equatable, Hashable, Sendable {
    /// The framework module's id.
    public var id: String
    public var level: String
    public var judgement: Judgement
    public var conclusion: String?

    public init(id: String, level: String, judgement: Judgement = .none, conclusion: String? = nil) {
        self.id = id
        self.level = level
        self.judgement = judgement
        self.conclusion = conclusion
    }

    private enum CodingKeys: String, CodingKey { case id, level, judgement, conclusion }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        level = try c.decode(String.self, forKey: .level)
        judgement = try c.decodeIfPresent(Judgement.self, forKey: .judgement) ?? .none
        conclusion = try c.decodeIfPresent(String.self, forKey: .conclusion)
    }
}

/// The peers' view of the self-assessment in one module. Today's LGA challenges
/// report findings only (`none`); older ones confirmed a level.
public enum Judgement: String, DomainEnum {
    case confirmed
    case notConfirmed = "not-confirmed"
    case none
}
