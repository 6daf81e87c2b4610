import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// A council's register of equality impact assessments, under
/// `/organisations/{organisationID}/impact-assessments`: the register (as JSON or a CSV
/// file), one assessment, and the programme view of decisions due and reviews overdue.
/// The council in the path is the register: an assessment of another council is not
/// found there, and one cannot be moved between registers.
struct ImpactAssessmentController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.organisationImpactAssessments, use: list)
        try routes.on(API.organisationImpactAssessmentsPost, use: create)
        try routes.on(API.organisationImpactAssessmentsProgramme, use: programme)
        try routes.on(API.organisationImpactAssessment, use: show)
        try routes.on(API.organisationImpactAssessmentPut, use: update)
        try routes.on(API.organisationImpactAssessmentDelete, use: delete)
    }

    /// `?format=json` (the default) or `csv`.
    func list(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        let register = try await req.impactAssessments.list(organisationId: organisationId)
        switch req.query[String.self, at: "format"] ?? "json" {
        case "json":
            return try JSONResponse.make(register.map { ImpactAssessmentView($0, today: req.today) })
        case "csv":
            let organisation = try await OrganisationStore(db: req.db).get(organisationId)
            return FileResponse.make(
                ImpactAssessmentRegisterCSV.data(register, today: req.today), contentType: "text/csv; charset=utf-8",
                filename: ImpactAssessmentRegisterCSV.filename(organisation.value.name))
        case let other:
            throw ValidationFailure(path: "format", message: "unknown value \"\(other)\" (expected one of json, csv)")
        }
    }

    /// The council in the body may be left out; if given it must be the path's.
    func create(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        let assessment = try req.decodeImpactAssessment(organisationId: organisationId)
        let created = try await req.impactAssessments.create(assessment)
        let response = try JSONResponse.make(ImpactAssessmentView(created, today: req.today), status: .created)
        response.headers.replaceOrAdd(name: .location, value: req.url.path + "/" + created.id.uuidString)
        return response
    }

    func show(req: Request) async throws -> Response {
        let found = try await req.impactAssessments.get(organisationId: try req.organisationID, id: try req.assessmentID)
        return try JSONResponse.make(ImpactAssessmentView(found, today: req.today))
    }

    func update(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        let assessment = try req.decodeImpactAssessment(organisationId: organisationId)
        let updated = try await req.impactAssessments.update(organisationId: organisationId, id: try req.assessmentID, assessment)
        return try JSONResponse.make(ImpactAssessmentView(updated, today: req.today))
    }

    func delete(req: Request) async throws -> Response {
        try await req.impactAssessments.delete(organisationId: try req.organisationID, id: try req.assessmentID)
        return Response(status: .noContent)
    }

    /// `?as_of=YYYY-MM-DD`, today when left out.
    func programme(req: Request) async throws -> Response {
        let register = try await req.impactAssessments.list(organisationId: try req.organisationID)
        return try JSONResponse.make(ImpactAssessmentProgramme(register, asOf: try req.dateQuery("as_of")))
    }
}

/// An assessment as the API shows it: the stored value with its id, and what is derived
/// from it today (status, overdue review, reviewers' warnings), which a client never sends.
struct ImpactAssessmentView: Encodable {
    var assessment: Identified<ImpactAssessment>
    var today: CalendarDate

    init(_ assessment: Identified<ImpactAssessment>, today: CalendarDate) {
        self.assessment = assessment
        self.today = today
    }

    private enum CodingKeys: String, CodingKey { case status, overdueForReview, warnings }

    func encode(to encoder: any Encoder) throws {
        try assessment.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assessment.value.status(today: today), forKey: .status)
        try container.encode(assessment.value.isOverdueForReview(today: today), forKey: .overdueForReview)
        try container.encode(assessment.value.warnings, forKey: .warnings)
    }
}

extension Request {
    var impactAssessments: ImpactAssessmentStore { ImpactAssessmentStore(db: db) }

    var assessmentID: UUID {
        get throws { try id("assessmentID", entity: "impact assessment") }
    }

    /// The body as an assessment of the path's council. The body's own `organisation_id`
    /// may be left out; one naming another council is refused rather than ignored.
    func decodeImpactAssessment(organisationId: UUID) throws -> ImpactAssessment {
        let input = try decodeJSON(ImpactAssessmentInput.self)
        try CouncilInAddress.check(input.organisationId, organisationId)
        return input.assessment(organisationId: organisationId)
    }
}

/// What a client sends: the assessment, with the council and the lists optional.
struct ImpactAssessmentInput: Decodable {
    var organisationId: UUID?
    var title: String
    var service: String
    var proposal: String
    var decisionMaker: String?
    var decisionDate: CalendarDate?
    var impacts: [CharacteristicImpact]?
    var consultation: String?
    var mitigations: String?
    var outcome: ImpactOutcome?
    var reviewDate: CalendarDate?
    var published: Bool?
}
