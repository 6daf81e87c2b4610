extension ChallengeDocument {
    /// A peer, known by name and their own organisation's name; the programme names
    /// peers by `name`.
    public struct TeamEntry: Codable, Equatable, Sendable {
        public var name: String
        public var organisation: String?
        /// A `TeamRole` raw value.
        public var role: String
        public var jobTitle: String?

        public init(name: String, organisation: String? = nil, role: String, jobTitle: String? = nil) {
            self.name = name
            self.organisation = organisation
            self.role = role
            self.jobTitle = jobTitle
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case name, organisation, role, jobTitle }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            organisation = try c.decodeIfPresent(String.self, forKey: .organisation)
            role = try c.decode(String.self, forKey: .role)
            jobTitle = try c.decodeIfPresent(String.self, forKey: .jobTitle)
        }
    }
}
