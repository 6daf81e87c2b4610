import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The register's pages under `/organisations/{organisationID}/impact-assessments`.
/// The routes declare `.organisationData(.impactAssessments)`, so readers see and
/// writers post; the form pages refuse a reader outright. Every write goes through
/// `ImpactAssessmentStore`, as the API's does.
struct ImpactAssessmentPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.organisationImpactAssessments, use: list)
        try routes.on(Site.organisationImpactAssessmentsNew, use: new)
        try routes.on(Site.organisationImpactAssessmentsPost, use: create)
        try routes.on(Site.organisationImpactAssessmentsProgramme, use: programme)
        try routes.on(Site.organisationImpactAssessmentsExport, use: export)
        try routes.on(Site.organisationImpactAssessment, use: show)
        try routes.on(Site.organisationImpactAssessmentEdit, use: edit)
        try routes.on(Site.organisationImpactAssessmentPost, use: update)
        try routes.on(Site.organisationImpactAssessmentDeletePost, use: delete)
    }

    func list(req: Request) async throws -> Response {
        let council = try await Self.council(req)
        let register = try await req.impactAssessments.list(organisationId: council.id)
        let page = ImpactAssessmentRegisterPage.layout(
            council: council, register: register, today: req.today, mayWrite: Self.mayWrite(req, council.id), done: req.query["done"])
        return PageResponse.make(page, for: req)
    }

    func programme(req: Request) async throws -> Response {
        let council = try await Self.council(req)
        let register = try await req.impactAssessments.list(organisationId: council.id)
        return PageResponse.make(ImpactAssessmentProgrammePage.layout(council: council, ImpactAssessmentProgramme(register, asOf: req.today)), for: req)
    }

    func export(req: Request) async throws -> Response {
        let council = try await Self.council(req)
        let register = try await req.impactAssessments.list(organisationId: council.id)
        return FileResponse.make(
            ImpactAssessmentRegisterCSV.data(register, today: req.today), contentType: "text/csv; charset=utf-8",
            filename: ImpactAssessmentRegisterCSV.filename(council.value.name))
    }

    func show(req: Request) async throws -> Response {
        let council = try await Self.council(req)
        let item = try await req.impactAssessments.get(organisationId: council.id, id: try req.assessmentID)
        let page = ImpactAssessmentPage.layout(
            council: council, item, today: req.today, mayWrite: Self.mayWrite(req, council.id), done: req.query["done"],
            csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req)
    }

    func new(req: Request) async throws -> Response {
        let council = try await Self.council(req)
        return formPage(req, council, editing: nil, form: ImpactAssessmentForm(), errors: FormErrors())
    }

    func edit(req: Request) async throws -> Response {
        let council = try await Self.council(req)
        let item = try await req.impactAssessments.get(organisationId: council.id, id: try req.assessmentID)
        return formPage(req, council, editing: item.id, form: ImpactAssessmentForm(item.value), errors: FormErrors())
    }

    func create(req: Request) async throws -> Response {
        let council = try await Self.council(req)
        return try await save(req, council, editing: nil) { value in try await req.impactAssessments.create(value).id }
    }

    func update(req: Request) async throws -> Response {
        let council = try await Self.council(req)
        let id = try req.assessmentID
        _ = try await req.impactAssessments.get(organisationId: council.id, id: id)
        return try await save(req, council, editing: id) { value in
            try await req.impactAssessments.update(organisationId: council.id, id: id, value).id
        }
    }

    func delete(req: Request) async throws -> Response {
        let council = try await Self.council(req)
        guard Confirmation.isConfirmed(req) else {
            let found = try await req.impactAssessments.get(organisationId: council.id, id: try req.assessmentID)
            let path = ImpactAssessmentPaths.assessment(council.id, found.id)
            return Confirmation(
                question: "Delete the impact assessment \u{201C}\(found.value.title)\u{201D}?",
                consequences: ["It will be taken off \(council.value.name)'s register of impact assessments.", Confirmation.cannotBeUndone],
                action: ImpactAssessmentPaths.delete(council.id, found.id), button: "Yes, delete the impact assessment", destructive: true, back: path
            ).response(for: req)
        }
        try await req.impactAssessments.delete(organisationId: council.id, id: try req.assessmentID)
        return PageResponse.redirect(to: ImpactAssessmentPaths.register(council.id) + "?done=deleted")
    }

    /// Stores the assessment and shows it, or shows the form again (422) with what was
    /// wrong: the form's own checks first, then the core's rules.
    private func save(
        _ req: Request, _ council: Identified<Organisation>, editing id: UUID?, write: (ImpactAssessment) async throws -> UUID
    ) async throws -> Response {
        var posted = try req.content.decode([String: String].self)
        posted[CSRFMiddleware.field] = nil
        let form = ImpactAssessmentForm(posted: posted)
        var errors = FormErrors()
        let (value, lineFields) = form.assessment(organisationId: council.id, errors: &errors)
        if errors.isEmpty {
            do {
                let saved = try await write(value)
                return PageResponse.redirect(to: ImpactAssessmentPaths.assessment(council.id, saved) + "?done=\(id == nil ? "added" : "saved")")
            } catch let failure as ValidationFailure {
                errors = ImpactAssessmentForm.errors(failure, lineFields: lineFields)
            }
        }
        return formPage(req, council, editing: id, form: form, errors: errors, status: .unprocessableEntity)
    }

    private func formPage(
        _ req: Request, _ council: Identified<Organisation>, editing id: UUID?, form: ImpactAssessmentForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) -> Response {
        let page = ImpactAssessmentFormPage.layout(council: council, editing: id, form: form, errors: errors, csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req, status: status)
    }

    static func council(_ req: Request) async throws -> Identified<Organisation> {
        try await OrganisationStore(db: req.db).get(try req.organisationID)
    }

    static func mayWrite(_ req: Request, _ organisationId: UUID) -> Bool {
        req.may(.write, .organisationData(organisationId: organisationId, area: .impactAssessments))
    }
}
