import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The objectives register's pages under `/organisations/{organisationID}/equality-objectives`.
/// The routes declare `.organisationData(.equalityObjectives)`, so readers see and
/// writers post; the form pages refuse a reader outright. Every write goes through
/// `EqualityObjectiveStore`, as the API's does.
struct EqualityObjectivePageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.equalityObjectives, use: list)
        try routes.on(Site.equalityObjectivesNew, use: new)
        try routes.on(Site.equalityObjectivesPost, use: create)
        try routes.on(Site.equalityObjective, use: show)
        try routes.on(Site.equalityObjectiveEdit, use: edit)
        try routes.on(Site.equalityObjectivePost, use: update)
        try routes.on(Site.equalityObjectiveDeletePost, use: delete)
        try routes.on(Site.equalityObjectiveProgressNew, use: newProgress)
        try routes.on(Site.equalityObjectiveProgressPost, use: recordProgress)
    }

    func list(req: Request) async throws -> Response {
        let council = try await ImpactAssessmentPageController.council(req)
        let register = try await req.equalityObjectives.list(organisationId: council.id)
        let page = EqualityObjectiveRegisterPage.layout(
            council: council, register: register, today: req.today, mayWrite: Self.mayWrite(req, council.id), done: req.query["done"])
        return PageResponse.make(page, for: req)
    }

    func show(req: Request) async throws -> Response {
        let council = try await ImpactAssessmentPageController.council(req)
        let item = try await req.equalityObjectives.get(organisationId: council.id, id: try req.objectiveID)
        let page = EqualityObjectivePage.layout(
            council: council, item, today: req.today, mayWrite: Self.mayWrite(req, council.id), done: req.query["done"], csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req)
    }

    func new(req: Request) async throws -> Response {
        let council = try await Self.writable(req)
        return formPage(req, council, editing: nil, form: EqualityObjectiveForm(), errors: FormErrors())
    }

    func edit(req: Request) async throws -> Response {
        let council = try await Self.writable(req)
        let item = try await req.equalityObjectives.get(organisationId: council.id, id: try req.objectiveID)
        return formPage(req, council, editing: item.id, form: EqualityObjectiveForm(item.value), errors: FormErrors())
    }

    func create(req: Request) async throws -> Response {
        let council = try await ImpactAssessmentPageController.council(req)
        return try await save(req, council, editing: nil) { value in try await req.equalityObjectives.create(value, today: req.today).id }
    }

    func update(req: Request) async throws -> Response {
        let council = try await ImpactAssessmentPageController.council(req)
        let stored = try await req.equalityObjectives.get(organisationId: council.id, id: try req.objectiveID)
        return try await save(req, council, editing: stored) { value in
            try await req.equalityObjectives.update(organisationId: council.id, id: stored.id, value, today: req.today).id
        }
    }

    func delete(req: Request) async throws -> Response {
        let council = try await ImpactAssessmentPageController.council(req)
        let found = try await req.equalityObjectives.get(organisationId: council.id, id: try req.objectiveID)
        guard Confirmation.isConfirmed(req) else {
            return Confirmation(
                question: "Delete the equality objective \u{201C}\(found.value.title)\u{201D}?",
                consequences: ["It will be taken off \(council.value.name)'s equality objectives, with its measures and every year's progress.", Confirmation.cannotBeUndone],
                action: EqualityObjectivePaths.delete(council.id, found.id), button: "Yes, delete the equality objective", destructive: true,
                back: EqualityObjectivePaths.objective(council.id, found.id)
            ).response(for: req)
        }
        try await req.equalityObjectives.delete(organisationId: council.id, id: found.id)
        return PageResponse.redirect(to: EqualityObjectivePaths.register(council.id) + "?done=deleted")
    }

    func newProgress(req: Request) async throws -> Response {
        let council = try await Self.writable(req)
        let item = try await req.equalityObjectives.get(organisationId: council.id, id: try req.objectiveID)
        let measure = req.query[String.self, at: "measure"] ?? "1"
        let year = item.value.yearsAwaitingProgress.first { $0 <= req.today.year } ?? item.value.progressYears.first
        let fields = ["measure": measure, "year": year.map(String.init) ?? "", "recorded": req.today.description]
        return PageResponse.make(MeasureProgressFormPage.layout(council: council, item, fields: fields, errors: FormErrors(), csrf: req.pageContext.csrfToken), for: req)
    }

    /// Adds the progress and shows the objective, or the form again (422) naming the field.
    func recordProgress(req: Request) async throws -> Response {
        let council = try await ImpactAssessmentPageController.council(req)
        let item = try await req.equalityObjectives.get(organisationId: council.id, id: try req.objectiveID)
        var fields = try req.content.decode([String: String].self)
        fields[CSRFMiddleware.field] = nil
        var errors = FormErrors()
        let measure = Int(fields["measure"] ?? "").flatMap { item.value.measures.indices.contains($0 - 1) ? $0 - 1 : nil }
        if measure == nil { errors.add("measure", "Choose a measure from the list") }
        let year = Int(fields["year"] ?? "")
        if year == nil { errors.add("year", "Choose a year from the list") }
        let recorded = Text.optional(fields["recorded"]).flatMap(CalendarDate.init)
        if recorded == nil { errors.add("recorded", "Enter the date recorded as a real date, such as 2026-03-31") }
        let status = ObjectiveProgressStatus(rawValue: fields["status"] ?? "")
        if status == nil { errors.add("status", "Choose how it stands") }
        if Text.optional(fields["note"]) == nil { errors.add("note", "Say what it showed") }
        if let measure, let year, let recorded, let status, errors.isEmpty {
            do {
                let entry = MeasureProgress(year: year, recorded: recorded, status: status, note: fields["note"] ?? "")
                _ = try await req.equalityObjectives.recordProgress(organisationId: council.id, id: item.id, measure: measure, entry, today: req.today)
                return PageResponse.redirect(to: EqualityObjectivePaths.objective(council.id, item.id) + "?done=progress")
            } catch let failure as ValidationFailure {
                let field = ["year", "recorded", "note"].first { failure.path.hasSuffix("." + $0) } ?? "measure"
                errors = FormErrors(field, FormErrors.sentence(failure.message))
            }
        }
        let page = MeasureProgressFormPage.layout(council: council, item, fields: fields, errors: errors, csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req, status: .unprocessableEntity)
    }

    /// Stores the objective and shows it, or shows the form again (422) with what was
    /// wrong: the form's own checks first, then the core's rules.
    private func save(
        _ req: Request, _ council: Identified<Organisation>, editing stored: Identified<EqualityObjective>?, write: (EqualityObjective) async throws -> UUID
    ) async throws -> Response {
        var posted = try req.content.decode([String: String].self)
        posted[CSRFMiddleware.field] = nil
        let form = EqualityObjectiveForm(posted: posted)
        var errors = FormErrors()
        if let (value, slots) = form.objective(organisationId: council.id, stored: stored?.value, errors: &errors) {
            do {
                let saved = try await write(value)
                return PageResponse.redirect(to: EqualityObjectivePaths.objective(council.id, saved) + "?done=\(stored == nil ? "added" : "saved")")
            } catch let failure as ValidationFailure {
                errors = EqualityObjectiveForm.errors(failure, slots: slots)
            }
        }
        return formPage(req, council, editing: stored?.id, form: form, errors: errors, status: .unprocessableEntity)
    }

    private func formPage(
        _ req: Request, _ council: Identified<Organisation>, editing id: UUID?, form: EqualityObjectiveForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) -> Response {
        let page = EqualityObjectiveFormPage.layout(council: council, editing: id, form: form, errors: errors, csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req, status: status)
    }

    /// The council, for a form page only a writer may open.
    static func writable(_ req: Request) async throws -> Identified<Organisation> {
        let council = try await ImpactAssessmentPageController.council(req)
        try req.authorize(.write, .organisationData(organisationId: council.id, area: .equalityObjectives))
        return council
    }

    static func mayWrite(_ req: Request, _ organisationId: UUID) -> Bool {
        req.may(.write, .organisationData(organisationId: organisationId, area: .equalityObjectives))
    }
}
