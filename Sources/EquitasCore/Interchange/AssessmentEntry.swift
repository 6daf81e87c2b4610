extension ChallengeDocument {
    /// One self-assessment entry. Evidence is listed by title.
    public struct AssessmentEntry: Codable, Equatable, Sendable {
        /// A criterion id of the framework.
        public var criterion: String
        /// The name of one of the challenged organisations; nil when made jointly.
        public var organisation: String?
        /// A level id.
        public var judgement: String?
        public var score: Int?
        /// Left out when there is none yet.
        public var narrative: String?
        public var evidence: [String]

        public init(
            criterion: String, organisation: String? = nil, judgement: String? = nil, score: Int? = nil,
            narrative: String? = nil, evidence: [String] = []
        ) {
            self.criterion = criterion
            self.organisation = organisation
            self.judgement = judgement
            self.score = score
            self.narrative = narrative
            self.evidence = evidence
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case criterion, organisation, judgement, score, narrative, evidence }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            criterion = try c.decode(String.self, forKey: .criterion)
            organisation = try c.decodeIfPresent(String.self, forKey: .organisation)
            judgement = try c.decodeIfPresent(String.self, forKey: .judgement)
            score = try c.decodeWholeNumberIfPresent(forKey: .score)
            narrative = try c.decodeIfPresent(String.self, forKey: .narrative)
            evidence = try c.decodeIfPresent([String].self, forKey: .evidence) ?? []
        }
    }
}
