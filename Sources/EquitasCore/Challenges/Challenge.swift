import Foundation

/// An assessment of one or more organisations (a joint challenge) against a pinned
/// version of a framework.
public struct Challenge: Codable, Equatable, Sendable {
    public var organisationIds: [UUID]
    public var frameworkId: String
    /// Pinned when the challenge is created; nil on input means the newest version.
    public var frameworkVersion: String?
    public var kind: ChallengeKind
    public var modules: [ModuleScope]
    public var focus: String?
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var status: ChallengeStatus
    /// The overall conclusion sentence.
    public var conclusion: String?
    public var award: Accreditation?
    /// The level concluded on in a second framework (the Equality Standard's beside the
    /// Framework's, in 2008–09); nil for every challenge since.
    public var secondLevel: SecondLevel?
    /// The earlier challenge this one follows (the last cycle's, of the same council or
    /// councils): its scope is where set-up starts, and its work comes in as "last time".
    public var follows: UUID?

    public init(
        organisationIds: [UUID], frameworkId: String, frameworkVersion: String? = nil,
        kind: ChallengeKind = .peerChallenge, modules: [ModuleScope], focus: String? = nil,
        start: CalendarDate? = nil, end: CalendarDate? = nil, status: ChallengeStatus = .planning,
        conclusion: String? = nil, award: Accreditation? = nil, follows: UUID? = nil, secondLevel: SecondLevel? = nil
    ) {
        self.organisationIds = organisationIds
        self.frameworkId = frameworkId
        self.frameworkVersion = frameworkVersion
        self.kind = kind
        self.modules = modules
        self.focus = focus
        self.start = start
        self.end = end
        self.status = status
        self.conclusion = conclusion
        self.award = award
        self.follows = follows
        self.secondLevel = secondLevel
    }

    private enum CodingKeys: String, CodingKey {
        case organisationIds, frameworkId, frameworkVersion, kind, modules, focus, start, end, status, conclusion, award, follows, secondLevel
    }

    /// Input may leave out what has a sensible default: kind, status, version; and a
    /// challenge that follows another may leave out its councils, framework and modules,
    /// which then start as the earlier challenge's (`startingFrom(_:)`).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let follows = try c.decodeIfPresent(UUID.self, forKey: .follows)
        func scoped<T: Decodable>(_ type: T.Type, _ key: CodingKeys, empty: T) throws -> T {
            if follows == nil { return try c.decode(type, forKey: key) }
            return try c.decodeIfPresent(type, forKey: key) ?? empty
        }
        self.init(
            organisationIds: try scoped([UUID].self, .organisationIds, empty: []),
            frameworkId: try scoped(String.self, .frameworkId, empty: ""),
            frameworkVersion: try c.decodeIfPresent(String.self, forKey: .frameworkVersion),
            kind: try c.decodeIfPresent(ChallengeKind.self, forKey: .kind) ?? .peerChallenge,
            modules: try scoped([ModuleScope].self, .modules, empty: []),
            focus: try c.decodeIfPresent(String.self, forKey: .focus),
            start: try c.decodeIfPresent(CalendarDate.self, forKey: .start),
            end: try c.decodeIfPresent(CalendarDate.self, forKey: .end),
            status: try c.decodeIfPresent(ChallengeStatus.self, forKey: .status) ?? .planning,
            conclusion: try c.decodeIfPresent(String.self, forKey: .conclusion),
            award: try c.decodeIfPresent(Accreditation.self, forKey: .award),
            follows: try c.decodeIfPresent(UUID.self, forKey: .follows),
            secondLevel: try c.decodeIfPresent(SecondLevel.self, forKey: .secondLevel))
    }

    /// The level sought where every module seeks the same one.
    public var commonLevel: String? {
        let levels = Set(modules.map(\.level))
        return levels.count == 1 ? levels.first : nil
    }
}
