import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// How far each part of a challenge has gone, for its overview's task list: counts of
/// what has been recorded and the report versions issued. Only the parts the viewer may
/// read are counted, so a count can never tell a council about the team's work before
/// it is handed over (a part it may not read is not listed at all).
struct ChallengePartsProgress: Sendable {
    var selfAssessment: Int?
    var evidence: Int?
    var sessions: Int?
    var findings: Int?
    var recommendations: Int?
    var versions: [ReportVersionSummary] = []

    /// Kept under the challenge's change stamp, one value for each set of readable parts
    /// (so one role's counts never answer another's): any write under the challenge
    /// moves the stamp and the counts are read again.
    static func load(_ req: Request, challengeId: UUID, readable: Set<ChallengeArea>) async throws -> ChallengePartsProgress {
        let kind = "parts-progress:" + readable.map { "\($0)" }.sorted().joined(separator: ",")
        return try await req.cached(kind, challengeId, stamp: try await req.challengeStamp()) {
            try await read(req, challengeId: challengeId, readable: readable)
        }
    }

    private static func read(_ req: Request, challengeId: UUID, readable: Set<ChallengeArea>) async throws -> ChallengePartsProgress {
        func count<Part: ChallengePart>(_: Part.Type, _ area: ChallengeArea) async throws -> Int? {
            guard readable.contains(area) else { return nil }
            let store = ChallengePartStore<Part>(db: req.db, catalog: req.catalog)
            return try await store.list(challengeId: challengeId, try PageRequest(page: 1, per: 1)).metadata.total
        }
        var progress = ChallengePartsProgress()
        progress.selfAssessment = try await count(SelfAssessmentEntry.self, .selfAssessment)
        progress.evidence = try await count(EvidenceDocument.self, .evidence)
        progress.sessions = try await count(ProgrammeSession.self, .programme)
        progress.findings = try await count(Finding.self, .peerWork)
        progress.recommendations = try await count(Recommendation.self, .peerWork)
        if readable.contains(.reportVersions) || readable.contains(.report) {
            progress.versions = try await ReportVersionStore(db: req.db, catalog: req.catalog).list(challengeId: challengeId)
        }
        return progress
    }
}
