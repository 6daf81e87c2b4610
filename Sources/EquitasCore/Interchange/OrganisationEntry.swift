extension ChallengeDocument {
    /// A challenged organisation, known by its name throughout the document.
    public struct OrganisationEntry: Codable, Equatable, Sendable {
        public var name: String
        /// An `OrganisationType` raw value; nil means `other`.
        public var type: String?
        public var onsCode: String?

        public init(name: String, type: String? = nil, onsCode: String? = nil) {
            self.name = name
            self.type = type
            self.onsCode = onsCode
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case name, type, onsCode }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            type = try c.decodeIfPresent(String.self, forKey: .type)
            onsCode = try c.decodeIfPresent(String.self, forKey: .onsCode)
        }
    }
}
