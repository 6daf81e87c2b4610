import Foundation

extension ChallengeDocument {
    /// A version of the challenge's report — a draft the council commented on, or the
    /// final report — with the council's comments on it. Added to the format later:
    /// documents without it still import. The document does not carry each version's
    /// frozen copy: an imported version's snapshot is the challenge as the document gives it.
    public struct ReportVersionEntry: Codable, Equatable, Sendable {
        public var number: Int
        /// `draft` (the default) or `final`.
        public var kind: String?
        /// nil on input means the challenge's last day (else its first).
        public var issuedOn: CalendarDate?
        /// nil on input means "the peer team".
        public var issuedBy: String?
        public var comments: [CommentEntry]

        public init(number: Int, kind: String? = nil, issuedOn: CalendarDate? = nil, issuedBy: String? = nil, comments: [CommentEntry] = []) {
            self.number = number
            self.kind = kind
            self.issuedOn = issuedOn
            self.issuedBy = issuedBy
            self.comments = comments
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case number, kind, issuedOn, issuedBy, comments }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            number = try c.decodeWholeNumber(forKey: .number)
            kind = try c.decodeIfPresent(String.self, forKey: .kind)
            issuedOn = try c.decodeIfPresent(CalendarDate.self, forKey: .issuedOn)
            issuedBy = try c.decodeIfPresent(String.self, forKey: .issuedBy)
            comments = try c.decodeIfPresent([CommentEntry].self, forKey: .comments) ?? []
        }
    }
}
