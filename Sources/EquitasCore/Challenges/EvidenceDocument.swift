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
    /// Sent when the document is created before its file is uploaded (the API's two
    /// steps, the page's upload): without it, a document with no file, no link and no
    /// impact assessment is refused. An answer to one write; never stored.
    public var fileToFollow = false

    public init(
        title: String, kind: EvidenceKind = .other, date: CalendarDate? = nil, url: String? = nil, file: StoredFile? = nil,
        impactAssessmentId: UUID? = nil, fileToFollow: Bool = false
    ) {
        self.fileToFollow = fileToFollow
        self.title = title
        self.kind = kind
        self.date = date
        self.url = url
        self.file = file
        self.impactAssessmentId = impactAssessmentId
    }

    private enum CodingKeys: String, CodingKey { case title, kind, date, url, file, impactAssessmentId, fileToFollow }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try c.decode(String.self, forKey: .title),
            kind: try c.decodeIfPresent(EvidenceKind.self, forKey: .kind) ?? .other,
            date: try c.decodeIfPresent(CalendarDate.self, forKey: .date),
            url: try c.decodeIfPresent(String.self, forKey: .url),
            file: try c.decodeIfPresent(StoredFile.self, forKey: .file),
            impactAssessmentId: try c.decodeIfPresent(UUID.self, forKey: .impactAssessmentId))
        fileToFollow = try c.decodeIfPresent(Bool.self, forKey: .fileToFollow) ?? false
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(file, forKey: .file)
        try c.encodeIfPresent(impactAssessmentId, forKey: .impactAssessmentId)
        // Only a client's request carries it; a stored document never does.
        if fileToFollow { try c.encode(true, forKey: .fileToFollow) }
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
        if context.isEntry, copy.url == nil, file == nil, impactAssessmentId == nil, !fileToFollow {
            throw ValidationFailure(
                path: "url",
                message: "evidence needs its document: give the address where it is published, or upload its file "
                    + "(through the API, send \"file_to_follow\": true, then PUT the file)")
        }
        // An assessment from the register is an impact assessment, whatever the caller said.
        if copy.impactAssessmentId != nil { copy.kind = .impactAssessment }
        copy.fileToFollow = false
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
