extension ChallengeDocument {
    /// The level awarded; `expires` left out means the framework's usual three years.
    public struct AwardEntry: Codable, Equatable, Sendable {
        public var level: String
        public var awarded: CalendarDate
        public var expires: CalendarDate?

        public init(level: String, awarded: CalendarDate, expires: CalendarDate? = nil) {
            self.level = level
            self.awarded = awarded
            self.expires = expires
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case level, awarded, expires }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            level = try c.decode(String.self, forKey: .level)
            awarded = try c.decode(CalendarDate.self, forKey: .awarded)
            expires = try c.decodeIfPresent(CalendarDate.self, forKey: .expires)
        }
    }
}
