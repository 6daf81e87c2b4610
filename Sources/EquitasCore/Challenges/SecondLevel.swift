/// A level the same challenge concluded on in a second framework. In 2008–09 a peer
/// challenge validated a council's self-assessment at a level of the Equality Standard
/// and, in the same report, placed the council on the new Framework's levels
/// ("completed a satisfactory self-assessment against the criteria for level 3 of the
/// Equality Standard" and "are 'achieving' under the Equality Framework"). The
/// challenge's own framework carries the modules and findings; this records the other
/// verdict beside it.
public struct SecondLevel: Codable, Equatable, Hashable, Sendable {
    public var frameworkId: String
    /// Pinned by validation; nil on input means the newest version.
    public var frameworkVersion: String?
    public var level: String
    /// Whether the peers found the self-assessment at that level satisfactory.
    public var judgement: Judgement

    public init(frameworkId: String, frameworkVersion: String? = nil, level: String, judgement: Judgement = .none) {
        self.frameworkId = frameworkId
        self.frameworkVersion = frameworkVersion
        self.level = level
        self.judgement = judgement
    }

    private enum CodingKeys: String, CodingKey { case frameworkId, frameworkVersion, level, judgement }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            frameworkId: try c.decode(String.self, forKey: .frameworkId),
            frameworkVersion: try c.decodeIfPresent(String.self, forKey: .frameworkVersion),
            level: try c.decode(String.self, forKey: .level),
            judgement: try c.decodeIfPresent(Judgement.self, forKey: .judgement) ?? .none)
    }
}
