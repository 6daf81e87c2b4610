import EquitasCore
import Vapor

/// Everything under `/api/v1`. The OpenAPI description in Resources/openapi.yaml lists
/// exactly these routes; a test compares the two.
struct APIRoutes: DeclaredRouteCollection {
    let evidenceLimit: Int

    func boot(routes: DeclaredRoutes) throws {
        try routes.register(OpenAPIController())
        try routes.register(MeController())
        try routes.register(ReminderChoiceController())
        try routes.register(FrameworkController())
        try routes.register(OrganisationController())
        try routes.register(PersonController())
        try routes.register(ChallengeController())
        try routes.register(AccreditationController())
        try routes.register(ActionPlanController())
        try routes.register(AuditTrailController())
        try routes.register(WorkforceController(limit: evidenceLimit))
        try routes.register(ImpactAssessmentController())
        try routes.register(EqualityObjectiveController())
        try routes.register(CommitteeMeetingController())
        try routes.register(WorkforceProfileController())
        try routes.register(EqualityReportController())
        try routes.register(LibraryController())

        try routes.register(ChallengePartController<TeamMember>(endpoints: .team, entity: "team member"))
        try routes.register(ChallengePartController<SelfAssessmentEntry>(endpoints: .selfAssessment, entity: "self-assessment entry"))
        try routes.register(LastTimeController())
        try routes.register(ChallengePartController<EvidenceDocument>(endpoints: .evidence, entity: "evidence document"))
        try routes.register(ChallengePartController<ProgrammeSession>(endpoints: .programme, entity: "programme session"))
        try routes.register(ChallengePartController<Finding>(endpoints: .findings, entity: "finding"))
        try routes.register(ChallengePartController<Recommendation>(endpoints: .recommendations, entity: "recommendation"))
        try routes.register(EvidenceFileController(limit: evidenceLimit))
        try routes.register(ReportVersionController())
        try routes.register(ReportCommentController())
        try routes.register(ReportDocumentController())
        try routes.register(FeedbackController())
    }
}
