import Foundation

/// A document the council offers as evidence: an uploaded file (stored once by its
/// SHA-256 under the data folder) or a link to one already published.
public struct EvidenceDocument: ChallengePart, Hashable {
    public var title: String
    public var kind: EvidenceKind
    public var date: CalendarDate?
    public var url: String?
    /// Set when a file is uploaded, never by the caller.
    public var file: StoredFile?
    /// One of the council's equality impact assessments, when that is the evidence. It
    /// must be in the register of one of the challenge's councils.
    public var impactAssessmentId: UUID?

    public init(
        title: String, kind: EvidenceKind = .other, date: CalendarDate? = nil, url: String? = nil, file: StoredFile? = nil,
        impactAssessmentId: UUID? = nil
    ) {
        self.title = title
        self.kind = kind
        self.date = date
        self.url = url
        self.file = file
        self.impactAssessmentId = impactAssessmentId
    }

    private enum CodingKeys: String, CodingKey { case title, kind, date, url, file, impactAssessmentId }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try c.decode(String.self, forKey: .title),
            kind: try c.decodeIfPresent(EvidenceKind.self, forKey: .kind) ?? .other,
            date: try c.decodeIfPresent(CalendarDate.self, forKey: .date),
            url: try c.decodeIfPresent(String.self, forKey: .url),
            file: try c.decodeIfPresent(StoredFile.self, forKey: .file),
            impactAssessmentId: try c.decodeIfPresent(UUID.self, forKey: .impactAssessmentId))
    }

    public func validated(in context: ChallengeContext) throws(ValidationFailure) -> EvidenceDocument {
        var copy = self
        copy.title = try Text.required(title, path: "title", maximum: 300)
        copy.url = Text.optional(url)
        if let link = copy.url {
            guard let parsed = URL(string: link), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
                throw ValidationFailure(path: "url", message: "\"\(link)\" is not an http or https address")
            }
        }
        // An assessment from the register is an impact assessment, whatever the caller said.
        if copy.impactAssessmentId != nil { copy.kind = .impactAssessment }
        return copy
    }
}

public struct StoredFile: Codable, Equatable, Hashable, Sendable {
    public var filename: String
    public var mediaType: String
    public var size: Int
    /// Lower-case hex; the file's name in the evidence store.
    public var sha256: String

    public init(filename: String, mediaType: String, size: Int, sha256: String) {
        self.filename = filename
        self.mediaType = mediaType
        self.size = size
        self.sha256 = sha256
    }
}

public enum EvidenceKind: String, DomainEnum {
    case strategy
    case policy
    case plan
    case dataProfile = "data-profile"
    case workforceReport = "workforce-report"
    case impactAssessment = "impact-assessment"
    case minutes
    case report
    case survey
    case other
}
