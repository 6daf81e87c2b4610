import EquitasCore
import Vapor

/// Everything under `/api/v1`. The OpenAPI description in Resources/openapi.yaml lists
/// exactly these routes; a test compares the two.
struct APIRoutes: RouteCollection {
    let evidenceLimit: Int

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        try api.register(collection: OpenAPIController())
        try api.register(collection: MeController())
        try api.register(collection: FrameworkController())
        try api.register(collection: OrganisationController())
        try api.register(collection: PersonController())
        try api.register(collection: ChallengeController())
        try api.register(collection: AccreditationController())
        try api.register(collection: ActionPlanController())

        let challenge = api.grouped("challenges", ":challengeID")
        try challenge.register(collection: ChallengePartController<TeamMember>(segment: "team", entity: "team member"))
        try challenge.register(collection: ChallengePartController<SelfAssessmentEntry>(segment: "self-assessment", entity: "self-assessment entry"))
        try challenge.register(collection: ChallengePartController<EvidenceDocument>(segment: "evidence", entity: "evidence document"))
        try challenge.register(collection: ChallengePartController<ProgrammeSession>(segment: "programme", entity: "programme session"))
        try challenge.register(collection: ChallengePartController<Finding>(segment: "findings", entity: "finding"))
        try challenge.register(collection: ChallengePartController<Recommendation>(segment: "recommendations", entity: "recommendation"))
        try challenge.register(collection: EvidenceFileController(limit: evidenceLimit))
        try challenge.register(collection: ReportVersionController())
        try challenge.register(collection: ReportCommentController())
        try challenge.register(collection: ReportDocumentController())
    }
}
