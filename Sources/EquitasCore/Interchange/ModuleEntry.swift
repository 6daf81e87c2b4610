extension ChallengeDocument {
    /// A module in scope. `level` may be left to the document's top-level `level`.
    public struct ModuleEntry: Codable, Equatable, Sendable {
        public var id: String
        public var level: String?
        /// A `Judgement` raw value; nil means `none`.
        public var judgement: String?
        public var conclusion: String?

        public init(id: String, level: String? = nil, judgement: String? = nil, conclusion: String? = nil) {
            self.id = id
            self.level = level
            self.judgement = judgement
            self.conclusion = conclusion
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case id, level, judgement, conclusion }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            level = try c.decodeIfPresent(String.self, forKey: .level)
            judgement = try c.decodeIfPresent(String.self, forKey: .judgement)
            conclusion = try c.decodeIfPresent(String.self, forKey: .conclusion)
        }
    }
}
