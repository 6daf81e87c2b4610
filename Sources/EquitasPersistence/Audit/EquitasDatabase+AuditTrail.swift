import FluentKit

extension EquitasDatabase {
    /// Records changes to every audited row type on the database `id`. `register` calls
    /// this; a caller that registers a database some other way must call it too.
    ///
    /// Left out: API tokens' use (only their creation, renaming and revocation are
    /// recorded), browser sessions and sign-in attempts (they change with every visit
    /// and are a log of their own), and the trail itself.
    public static func useAuditTrail(on databases: Databases, id: DatabaseID) {
        for middleware in auditMiddleware {
            databases.middleware.use(middleware, on: id)
        }
    }

    static let auditMiddleware: [any AnyModelMiddleware] = [
        AuditTrailMiddleware<OrganisationRow>(),
        AuditTrailMiddleware<PersonRow>(),
        AuditTrailMiddleware<ChallengeRow>(),
        AuditTrailMiddleware<ChallengeOrganisationRow>(),
        AuditTrailMiddleware<ChallengeModuleRow>(),
        AuditTrailMiddleware<TeamMemberRow>(),
        AuditTrailMiddleware<EvidenceRow>(),
        AuditTrailMiddleware<SelfAssessmentRow>(),
        AuditTrailMiddleware<SelfAssessmentEvidenceRow>(),
        AuditTrailMiddleware<ProgrammeSessionRow>(),
        AuditTrailMiddleware<SessionPeerRow>(),
        AuditTrailMiddleware<FindingRow>(),
        AuditTrailMiddleware<RecommendationRow>(),
        AuditTrailMiddleware<ReportVersionRow>(),
        AuditTrailMiddleware<FeedbackPresentationRow>(),
        AuditTrailMiddleware<ReportCommentRow>(),
        AuditTrailMiddleware<ActionPlanRow>(),
        AuditTrailMiddleware<PlanItemRow>(),
        AuditTrailMiddleware<PlanActionRow>(),
        AuditTrailMiddleware<ProgressUpdateRow>(),
        AuditTrailMiddleware<CommitteeReportRow>(),
        AuditTrailMiddleware<AccountRow>(),
        AuditTrailMiddleware<APITokenRow>(),
        AuditTrailMiddleware<ImpactAssessmentRow>(),
        AuditTrailMiddleware<EqualityObjectiveRow>(),
        AuditTrailMiddleware<CommitteeMeetingRow>(),
        AuditTrailMiddleware<WorkforceSnapshotRow>(),
        AuditTrailMiddleware<CommunityProfileRow>(),
    ]
}
