import Foundation

/// `equitas.challenge/1`: one challenge and everything recorded about it, as a single JSON
/// document that names things (organisations, peers, evidence) instead of giving ids, so
/// that other tools can write it and another installation can import it. Enum-valued
/// fields stay strings here so that validation can quote a bad value back with its path.
/// Its JSON Schema is docs/equitas.challenge-1.schema.json.
public struct ChallengeDocument: Codable, Equatable, Sendable {
    public static let formatName = "equitas.challenge/1"

    public var format: String
    public var framework: String
    /// nil on input means the newest version the catalog holds; validation pins it.
    public var frameworkVersion: String?
    public var kind: String?
    public var status: String?
    /// The challenged organisations, in the order the report names them.
    public var organisations: [OrganisationEntry]
    /// The level sought in every module that does not give its own.
    public var level: String?
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var focus: String?
    public var conclusion: String?
    public var award: AwardEntry?
    public var team: [TeamEntry]
    public var modules: [ModuleEntry]
    public var evidence: [EvidenceEntry]
    public var selfAssessment: [AssessmentEntry]
    public var programme: [SessionEntry]
    public var findings: [FindingEntry]
    public var recommendations: [RecommendationEntry]
    /// The id of the earlier challenge this one follows, in the installation it is
    /// imported into. Added to the format later: documents without it still import.
    public var follows: UUID?
    /// The level concluded on in a second framework (2008–09: the Equality Standard's).
    public var secondLevel: SecondLevelEntry?
    /// The report's drafts and final version with the council's comments on them; nil
    /// when it has none (so older documents read and write as before).
    public var reportVersions: [ReportVersionEntry]?

    public init(
        framework: String, frameworkVersion: String? = nil, kind: String? = nil, status: String? = nil,
        organisations: [OrganisationEntry], level: String? = nil, start: CalendarDate? = nil, end: CalendarDate? = nil,
        focus: String? = nil, conclusion: String? = nil, award: AwardEntry? = nil, team: [TeamEntry] = [],
        modules: [ModuleEntry], evidence: [EvidenceEntry] = [], selfAssessment: [AssessmentEntry] = [],
        programme: [SessionEntry] = [], findings: [FindingEntry] = [], recommendations: [RecommendationEntry] = [],
        follows: UUID? = nil, secondLevel: SecondLevelEntry? = nil, reportVersions: [ReportVersionEntry]? = nil
    ) {
        self.format = ChallengeDocument.formatName
        self.framework = framework
        self.frameworkVersion = frameworkVersion
        self.kind = kind
        self.status = status
        self.organisations = organisations
        self.level = level
        self.start = start
        self.end = end
        self.focus = focus
        self.conclusion = conclusion
        self.award = award
        self.team = team
        self.modules = modules
        self.evidence = evidence
        self.selfAssessment = selfAssessment
        self.programme = programme
        self.findings = findings
        self.recommendations = recommendations
        self.follows = follows
        self.secondLevel = secondLevel
        self.reportVersions = reportVersions
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case format, framework, frameworkVersion, kind, status, organisations, level, start, end, focus, conclusion
        case award, team, modules, evidence, selfAssessment, programme, findings, recommendations, follows, secondLevel
        case reportVersions
    }

    /// The format is read first: a document of another format gets that said, not a
    /// complaint about the first key it does not share with this one.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        guard format == ChallengeDocument.formatName else {
            throw DecodingError.dataCorruptedError(
                forKey: .format, in: c, debugDescription: "expected \"\(ChallengeDocument.formatName)\", found \"\(format)\"")
        }
        try decoder.refuseUnknownKeys(CodingKeys.self)
        framework = try c.decode(String.self, forKey: .framework)
        frameworkVersion = try c.decodeIfPresent(String.self, forKey: .frameworkVersion)
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        status = try c.decodeIfPresent(String.self, forKey: .status)
        organisations = try c.decode([OrganisationEntry].self, forKey: .organisations)
        level = try c.decodeIfPresent(String.self, forKey: .level)
        start = try c.decodeIfPresent(CalendarDate.self, forKey: .start)
        end = try c.decodeIfPresent(CalendarDate.self, forKey: .end)
        focus = try c.decodeIfPresent(String.self, forKey: .focus)
        conclusion = try c.decodeIfPresent(String.self, forKey: .conclusion)
        award = try c.decodeIfPresent(AwardEntry.self, forKey: .award)
        team = try c.decodeIfPresent([TeamEntry].self, forKey: .team) ?? []
        modules = try c.decode([ModuleEntry].self, forKey: .modules)
        evidence = try c.decodeIfPresent([EvidenceEntry].self, forKey: .evidence) ?? []
        selfAssessment = try c.decodeIfPresent([AssessmentEntry].self, forKey: .selfAssessment) ?? []
        programme = try c.decodeIfPresent([SessionEntry].self, forKey: .programme) ?? []
        findings = try c.decodeIfPresent([FindingEntry].self, forKey: .findings) ?? []
        recommendations = try c.decodeIfPresent([RecommendationEntry].self, forKey: .recommendations) ?? []
        follows = try c.decodeIfPresent(UUID.self, forKey: .follows)
        secondLevel = try c.decodeIfPresent(SecondLevelEntry.self, forKey: .secondLevel)
        reportVersions = try c.decodeIfPresent([ReportVersionEntry].self, forKey: .reportVersions)
    }

    /// Reads a document, naming the JSON path of the first thing that cannot be read:
    /// `findings[12].text: missing`, `start: "2021-02-30" is not a date (YYYY-MM-DD)`.
    public static func decode(_ data: Data) throws(ValidationFailure) -> ChallengeDocument {
        try InterchangeJSON.decode(ChallengeDocument.self, from: data)
    }

    /// The canonical bytes: JSONCoding's sorted, indented dialect with a final newline.
    public func encoded() throws -> Data {
        try InterchangeJSON.encoded(self)
    }
}
