import FluentKit
import Foundation

// Which rows are audited, and whose trail each belongs to. A link row finds its
// challenge through its owner, which still exists when the link is written or deleted
// (a cascade that takes both is not seen by the trail at all).

extension OrganisationRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .none }
}

extension PersonRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .none }
}

/// A council's own record, outside any challenge or plan: found in the trail by its id.
/// (A per-organisation trail would need a column in `audit_events`; not yet.)
extension ImpactAssessmentRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .none }
}

extension EqualityObjectiveRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .none }
}

extension CommitteeMeetingRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .none }
}

extension AccountRow: AuditedRow {
    static var secretColumns: Set<String> { ["password_hash"] }
    func auditScope(on db: any Database) async throws -> AuditScope { .none }
}

/// A token's use is stamped at most once a minute: a log, not a change worth a line.
extension APITokenRow: AuditedRow {
    static var unauditedColumns: Set<String> { ["id", "created_at", "last_used_at"] }
    static var secretColumns: Set<String> { ["token_hash"] }
    func auditScope(on db: any Database) async throws -> AuditScope { .none }
}

extension ChallengeRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .challenge(id) }
}

extension ChallengeOrganisationRow: ChallengeChildRow {}
extension ChallengeModuleRow: ChallengeChildRow {}
extension TeamMemberRow: ChallengeChildRow {}
extension EvidenceRow: ChallengeChildRow {}
extension SelfAssessmentRow: ChallengeChildRow {}
extension ProgrammeSessionRow: ChallengeChildRow {}
extension FindingRow: ChallengeChildRow {}
extension RecommendationRow: ChallengeChildRow {}
extension ReportCommentRow: ChallengeChildRow {}

/// The snapshot is the whole challenge as issued, kept in the row itself; copying it
/// into the trail would double the database for nothing.
extension ReportVersionRow: ChallengeChildRow {
    static var unauditedColumns: Set<String> { ["id", "snapshot"] }
}

/// The same for the challenge as it stood when the feedback was given.
extension FeedbackPresentationRow: ChallengeChildRow {
    static var unauditedColumns: Set<String> { ["id", "snapshot"] }
}

extension SelfAssessmentEvidenceRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope {
        .challenge(try await SelfAssessmentRow.find(ownerId, on: db)?.challengeId)
    }
}

extension SessionPeerRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope {
        .challenge(try await ProgrammeSessionRow.find(ownerId, on: db)?.challengeId)
    }
}

/// A plan made from a challenge's report shows in both trails.
extension ActionPlanRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope {
        AuditScope(challengeId: challengeId, actionPlanId: id)
    }
}

extension PlanItemRow: PlanChildRow {}
extension PlanActionRow: PlanChildRow {}
extension ProgressUpdateRow: PlanChildRow {}
extension CommitteeReportRow: PlanChildRow {}
