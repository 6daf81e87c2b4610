extension ChallengeDocument {
    /// One session of the on-site programme; `peers` are names from the team.
    public struct SessionEntry: Codable, Equatable, Sendable {
        public var start: LocalDateTime
        public var end: LocalDateTime
        /// A `SessionKind` raw value.
        public var kind: String
        public var title: String
        public var met: [String]
        public var peers: [String]
        public var notes: String?

        public init(
            start: LocalDateTime, end: LocalDateTime, kind: String, title: String, met: [String] = [], peers: [String] = [],
            notes: String? = nil
        ) {
            self.start = start
            self.end = end
            self.kind = kind
            self.title = title
            self.met = met
            self.peers = peers
            self.notes = notes
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case start, end, kind, title, met, peers, notes }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            start = try c.decode(LocalDateTime.self, forKey: .start)
            end = try c.decode(LocalDateTime.self, forKey: .end)
            kind = try c.decode(String.self, forKey: .kind)
            title = try c.decode(String.self, forKey: .title)
            met = try c.decodeIfPresent([String].self, forKey: .met) ?? []
            peers = try c.decodeIfPresent([String].self, forKey: .peers) ?? []
            notes = try c.decodeIfPresent(String.self, forKey: .notes)
        }
    }
}
