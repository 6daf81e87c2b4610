import EquitasCore
import Vapor

/// Everything under `/api/v1`. The OpenAPI description in Resources/openapi.yaml lists
/// exactly these routes; a test compares the two.
struct APIRoutes: RouteCollection {
    let evidenceLimit: Int

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        // Each collection declares what its routes touch; `AccessMiddleware` enforces it.
        try api.protected(.everyone).register(collection: OpenAPIController())
        try api.protected(.everyone).register(collection: MeController())
        try api.protected(.signedIn).register(collection: ReminderChoiceController())
        try api.protected(.frameworks).register(collection: FrameworkController())
        try api.protected(.directory).register(collection: OrganisationController())
        try api.protected(.directory).register(collection: PersonController())
        try api.register(collection: ChallengeController())
        try api.protected(.publicRegister).register(collection: AccreditationController())
        try api.register(collection: ActionPlanController())
        try api.register(collection: AuditTrailController())
        try api.register(collection: WorkforceController(limit: evidenceLimit))
        try api.register(collection: ImpactAssessmentController())
        try api.register(collection: EqualityObjectiveController())
        try api.register(collection: CommitteeMeetingController())
        try api.register(collection: WorkforceProfileController())
        try api.register(collection: EqualityReportController())
        try api.protected(.publicRegister).register(collection: LibraryController())

        let challenge = api.grouped("challenges", ":challengeID")
        try challenge.protected(.challenge(.setUp))
            .register(collection: ChallengePartController<TeamMember>(segment: "team", entity: "team member"))
        try challenge.protected(.challenge(.selfAssessment))
            .register(collection: ChallengePartController<SelfAssessmentEntry>(segment: "self-assessment", entity: "self-assessment entry"))
        try challenge.protected(.challenge(.selfAssessment)).register(collection: LastTimeController())
        try challenge.protected(.challenge(.evidence))
            .register(collection: ChallengePartController<EvidenceDocument>(segment: "evidence", entity: "evidence document"))
        try challenge.protected(.challenge(.programme))
            .register(collection: ChallengePartController<ProgrammeSession>(segment: "programme", entity: "programme session"))
        try challenge.protected(.challenge(.peerWork))
            .register(collection: ChallengePartController<Finding>(segment: "findings", entity: "finding"))
        try challenge.protected(.challenge(.peerWork))
            .register(collection: ChallengePartController<Recommendation>(segment: "recommendations", entity: "recommendation"))
        try challenge.protected(.challenge(.evidence)).register(collection: EvidenceFileController(limit: evidenceLimit))
        try challenge.protected(.challenge(.reportVersions)).register(collection: ReportVersionController())
        try challenge.protected(.challenge(.comments)).register(collection: ReportCommentController())
        try challenge.protected(.challenge(.report)).register(collection: ReportDocumentController())
        try challenge.register(collection: FeedbackController())
    }
}
