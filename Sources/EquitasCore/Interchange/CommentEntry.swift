import Foundation

extension ChallengeDocument {
    /// One comment by the council on a draft. Where it was made is at most one of:
    /// `finding` (its position in `findings`, counting from 1), `recommendation` (its
    /// number) or `section` (a section id of the report Equitas builds: "summary",
    /// "module-communities"); none means the report as a whole.
    public struct CommentEntry: Codable, Equatable, Sendable {
        public var finding: Int?
        public var recommendation: Int?
        public var section: String?
        /// Who made it; nil on input means the first challenged organisation.
        public var author: String?
        /// The commenting council in a joint challenge: one of `organisations` by name.
        public var organisation: String?
        public var text: String
        /// How the team dealt with it; nil means not yet resolved.
        public var resolution: ResolutionEntry?

        public init(
            finding: Int? = nil, recommendation: Int? = nil, section: String? = nil, author: String? = nil, organisation: String? = nil,
            text: String, resolution: ResolutionEntry? = nil
        ) {
            self.finding = finding
            self.recommendation = recommendation
            self.section = section
            self.author = author
            self.organisation = organisation
            self.text = text
            self.resolution = resolution
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case finding, recommendation, section, author, organisation, text, resolution }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            finding = try c.decodeIfPresent(Int.self, forKey: .finding)
            recommendation = try c.decodeIfPresent(Int.self, forKey: .recommendation)
            section = try c.decodeIfPresent(String.self, forKey: .section)
            author = try c.decodeIfPresent(String.self, forKey: .author)
            organisation = try c.decodeIfPresent(String.self, forKey: .organisation)
            text = try c.decode(String.self, forKey: .text)
            resolution = try c.decodeIfPresent(ResolutionEntry.self, forKey: .resolution)
        }
    }

    /// `accepted` (perhaps with the finding's or recommendation's new wording),
    /// `declined` (with a reason) or `noted`.
    public struct ResolutionEntry: Codable, Equatable, Sendable {
        public var outcome: String
        public var reason: String?
        public var revisedText: String?
        /// nil on input means "the peer team".
        public var resolvedBy: String?

        public init(outcome: String, reason: String? = nil, revisedText: String? = nil, resolvedBy: String? = nil) {
            self.outcome = outcome
            self.reason = reason
            self.revisedText = revisedText
            self.resolvedBy = resolvedBy
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case outcome, reason, revisedText, resolvedBy }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            outcome = try c.decode(String.self, forKey: .outcome)
            reason = try c.decodeIfPresent(String.self, forKey: .reason)
            revisedText = try c.decodeIfPresent(String.self, forKey: .revisedText)
            resolvedBy = try c.decodeIfPresent(String.self, forKey: .resolvedBy)
        }
    }
}
