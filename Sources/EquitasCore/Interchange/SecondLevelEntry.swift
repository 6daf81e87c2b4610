extension ChallengeDocument {
    /// The level concluded on in a second framework (the Equality Standard's, in a
    /// 2008–09 report). Added to the format later: documents without it still import.
    public struct SecondLevelEntry: Codable, Equatable, Sendable {
        public var framework: String
        /// nil on input means the newest version the catalog holds; validation pins it.
        public var frameworkVersion: String?
        public var level: String
        /// `confirmed`, `not-confirmed` or `none` (the default).
        public var judgement: String?

        public init(framework: String, frameworkVersion: String? = nil, level: String, judgement: String? = nil) {
            self.framework = framework
            self.frameworkVersion = frameworkVersion
            self.level = level
            self.judgement = judgement
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case framework, frameworkVersion, level, judgement }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            framework = try c.decode(String.self, forKey: .framework)
            frameworkVersion = try c.decodeIfPresent(String.self, forKey: .frameworkVersion)
            level = try c.decode(String.self, forKey: .level)
            judgement = try c.decodeIfPresent(String.self, forKey: .judgement)
        }
    }
}
