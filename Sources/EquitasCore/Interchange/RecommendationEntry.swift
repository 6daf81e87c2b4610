extension ChallengeDocument {
    /// A numbered recommendation; numbers are unique within a document.
    public struct RecommendationEntry: Codable, Equatable, Sendable {
        public var number: Int
        public var module: String?
        public var text: String
        public var organisation: String?

        public init(number: Int, module: String? = nil, text: String, organisation: String? = nil) {
            self.number = number
            self.module = module
            self.text = text
            self.organisation = organisation
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case number, module, text, organisation }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            number = try c.decodeWholeNumber(forKey: .number)
            module = try c.decodeIfPresent(String.self, forKey: .module)
            text = try c.decode(String.self, forKey: .text)
            organisation = try c.decodeIfPresent(String.self, forKey: .organisation)
        }
    }
}
