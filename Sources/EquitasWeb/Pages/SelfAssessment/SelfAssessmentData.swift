import EquitasCore
import EquitasPersistence
import Vapor

/// What the self-assessment pages show, loaded once per request: the challenge with
/// its evidence and entries, its pinned framework, and the names of its councils.
struct SelfAssessmentData {
    var challengeId: UUID
    var challenge: Challenge
    var framework: Framework
    var evidence: [Identified<EvidenceDocument>]
    var entries: [Identified<SelfAssessmentEntry>]
    var councilNames: [UUID: String]
    /// Last time, for a challenge that follows another.
    var earlier: EarlierCycle? = nil

    static func load(_ req: Request) async throws -> SelfAssessmentData {
        let id = try req.id("challengeID", entity: "challenge")
        let record = try await ChallengeStore(db: req.db, catalog: req.catalog).record(id)
        let challenge = record.challenge.value
        guard let framework = req.catalog.framework(challenge.frameworkId, version: challenge.frameworkVersion) else {
            throw NotFound(entity: "framework", id: challenge.frameworkId)
        }
        return SelfAssessmentData(
            challengeId: id, challenge: challenge, framework: framework, evidence: record.evidence,
            entries: record.selfAssessment,
            councilNames: Dictionary(record.organisations.map { ($0.id, $0.value.name) }, uniquingKeysWith: { first, _ in first }),
            earlier: record.earlier)
    }

    var base: String { Site.challenge.path(challengeId) }
    /// "Challenge of …", as the breadcrumbs name it.
    var challengeName: String { ChallengePageParts.name(councils: challenge.organisationIds.map { councilNames[$0] ?? "a council" }) }
    var isJoint: Bool { challenge.organisationIds.count > 1 }

    /// "Wyvern Vale District Council and Ashby Borough Council".
    var councilsInWords: String {
        let names = challenge.organisationIds.map { councilNames[$0] ?? "a council" }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    func councilName(_ council: UUID?) -> String {
        council.flatMap { councilNames[$0] } ?? councilsInWords
    }

    /// The scope a criterion falls in, if this challenge asks about it at all.
    func scope(of criterionId: String) -> (scope: ModuleScope, module: FrameworkModule, criterion: Criterion)? {
        for scope in challenge.modules {
            guard let module = framework.module(scope.id) else { continue }
            if let criterion = SelfAssessmentLookup.criteria(in: framework, scope: scope).first(where: { $0.id == criterionId }) {
                return (scope, module, criterion)
            }
        }
        return nil
    }

    func levelName(_ id: String) -> String { framework.level(id)?.name ?? id }

    /// The editor's address for one criterion (and council, in a joint challenge).
    func editPath(_ criterionId: String, council: UUID?) -> String {
        let path = Site.challengeSelfAssessmentItemEdit.path(challengeId, criterionId)
        return council.map { path + "?council=" + $0.uuidString.lowercased() } ?? path
    }

    func evidencePath(_ id: UUID) -> String { Site.challengeEvidence.path(challengeId) + "#evidence-\(id.uuidString.lowercased())" }
}
