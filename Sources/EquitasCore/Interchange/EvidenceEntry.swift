import Foundation

extension ChallengeDocument {
    /// An evidence document, known by its title: titles are unique within a document.
    public struct EvidenceEntry: Codable, Equatable, Sendable {
        public var title: String
        /// An `EvidenceKind` raw value; nil means `other`.
        public var kind: String?
        public var date: CalendarDate?
        public var url: String?
        /// The uploaded file's description; the bytes travel separately, by SHA-256.
        public var file: StoredFile?
        /// The id of one of the council's impact assessments in the database the
        /// document came from; importing it elsewhere needs the same assessment there.
        public var impactAssessmentId: UUID?

        public init(
            title: String, kind: String? = nil, date: CalendarDate? = nil, url: String? = nil, file: StoredFile? = nil,
            impactAssessmentId: UUID? = nil
        ) {
            self.title = title
            self.kind = kind
            self.date = date
            self.url = url
            self.file = file
            self.impactAssessmentId = impactAssessmentId
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case title, kind, date, url, file, impactAssessmentId }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            title = try c.decode(String.self, forKey: .title)
            kind = try c.decodeIfPresent(String.self, forKey: .kind)
            date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
            url = try c.decodeIfPresent(String.self, forKey: .url)
            file = try c.decodeIfPresent(StoredFile.self, forKey: .file)
            impactAssessmentId = try c.decodeIfPresent(UUID.self, forKey: .impactAssessmentId)
        }
    }
}
