extension ChallengeDocument {
    /// A finding under a module; `organisation` names one challenged organisation, or is
    /// left out for a joint finding.
    public struct FindingEntry: Codable, Equatable, Sendable {
        public var module: String
        /// A `FindingKind` raw value.
        public var kind: String
        public var text: String
        public var organisation: String?
        public var attribution: String?
        public var theme: String?

        public init(
            module: String, kind: String, text: String, organisation: String? = nil, attribution: String? = nil,
            theme: String? = nil
        ) {
            self.module = module
            self.kind = kind
            self.text = text
            self.organisation = organisation
            self.attribution = attribution
            self.theme = theme
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case module, kind, text, organisation, attribution, theme }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            module = try c.decode(String.self, forKey: .module)
            kind = try c.decode(String.self, forKey: .kind)
            text = try c.decode(String.self, forKey: .text)
            organisation = try c.decodeIfPresent(String.self, forKey: .organisation)
            attribution = try c.decodeIfPresent(String.self, forKey: .attribution)
            theme = try c.decodeIfPresent(String.self, forKey: .theme)
        }
    }
}
