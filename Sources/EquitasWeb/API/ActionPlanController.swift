import EquitasCore
import EquitasPersistence
import EquitasRender
import Foundation
import Vapor

/// Action plans: the plan, its items (one per recommendation), their actions and the
/// dated updates on them; and around them the spreadsheet exchange, the summary, the
/// due list and the committee's progress report.
struct ActionPlanController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.actionPlans, use: list)
        try routes.on(API.actionPlansPost, use: create)
        try routes.on(API.actionPlansImportPost, body: .collect(atMost: 20 * 1024 * 1024), use: importNew).body(limit: 20 * 1024 * 1024)
        try routes.on(API.actionPlansDue, use: dueEverywhere)
        try routes.on(API.challengeActionPlanPost, use: createFromChallenge)

        try routes.on(API.actionPlan, use: show)
        try routes.on(API.actionPlanPut, use: update)
        try routes.on(API.actionPlanDelete, use: delete)
        try routes.on(API.actionPlanSummary, use: summary)
        try routes.on(API.actionPlanDue, use: due)
        try routes.on(API.actionPlanExport, use: export)
        try routes.on(API.actionPlanImportPost, body: .collect(atMost: 20 * 1024 * 1024), use: importSheet).body(limit: 20 * 1024 * 1024)
        try routes.on(API.actionPlanProgressReport, use: progressReport)
        try routes.register(ActionPlanPartsController())
        try routes.register(PublicityController())
    }

    func list(req: Request) async throws -> Response {
        let page = try await req.actionPlans.list(
            try req.pageRequest(), organisationId: try req.planOrganisationFilter(),
            challengeId: try req.optionalUUIDQuery("challenge_id"))
        return try JSONResponse.make(page)
    }

    func create(req: Request) async throws -> Response {
        let plan = try req.decodeJSON(ActionPlan.self)
        try req.authorize(.write, .actionPlan(organisationId: plan.organisationId))
        return try JSONResponse.created(try await req.actionPlans.create(plan), under: "/api/v1/action-plans")
    }

    struct FromChallenge: Codable {
        var organisationId: UUID?
        var title: String?
    }

    /// "Create plan from final report": the body may name the council (needed for a
    /// joint challenge) and a title; an empty body takes the defaults.
    func createFromChallenge(req: Request) async throws -> Response {
        let input = (req.body.data?.readableBytes ?? 0) > 0 ? try req.decodeJSON(FromChallenge.self) : FromChallenge()
        try await req.authorizePlanFromChallenge(organisationId: input.organisationId)
        let record = try await req.actionPlans.createFromChallenge(
            try req.id("challengeID", entity: "challenge"), organisationId: input.organisationId, title: input.title)
        return try Self.created(record)
    }

    func show(req: Request) async throws -> Response {
        try JSONResponse.make(try await req.actionPlans.record(try req.planID))
    }

    func update(req: Request) async throws -> Response {
        try JSONResponse.make(try await req.actionPlans.update(try req.planID, try req.decodeJSON(ActionPlan.self)))
    }

    func delete(req: Request) async throws -> Response {
        try await req.actionPlans.delete(try req.planID)
        return Response(status: .noContent)
    }

    func summary(req: Request) async throws -> Response {
        try JSONResponse.make(try await req.planExchange.summary(try req.planID, asOf: try req.dateQuery("as_of")))
    }

    func due(req: Request) async throws -> Response {
        let days = try req.daysQuery("within")
        return try JSONResponse.make(try await req.planExchange.due(planId: try req.planID, organisationId: nil, asOf: try req.dateQuery("as_of"), withinDays: days))
    }

    func dueEverywhere(req: Request) async throws -> Response {
        let days = try req.daysQuery("within")
        let organisationId = try req.planOrganisationFilter()
        return try JSONResponse.make(try await req.planExchange.due(planId: nil, organisationId: organisationId, asOf: try req.dateQuery("as_of"), withinDays: days))
    }

    /// `?format=xlsx` (the default), `csv` or `json`.
    func export(req: Request) async throws -> Response {
        let format = try req.optionalQuery("format", as: PlanFileFormat.self) ?? .xlsx
        let file = try await req.planExchange.export(try req.planID, format: format)
        return FileResponse.make(file.data, contentType: file.contentType, filename: file.filename)
    }

    /// The body is the spreadsheet itself (XLSX or CSV, told apart by content).
    /// `?dry_run=true` says what would change and changes nothing. A sheet exported
    /// before the plan's latest changes that would undo them is refused with 409 and
    /// what changed on each side, unless `?force=true` (ADR 0012).
    func importSheet(req: Request) async throws -> Response {
        let dryRun = try req.boolQuery("dry_run") ?? false
        let force = try req.boolQuery("force") ?? false
        let outcome = try await req.planExchange.importSheet(
            try req.fileBody(), into: try req.planID, importedBy: req.importedBy, today: req.today, dryRun: dryRun, force: force)
        return try JSONResponse.make(outcome, status: outcome.refused && !dryRun ? .conflict : .ok)
    }

    /// A new plan from a spreadsheet (`?organisation_id=` says whose; a multipart form
    /// may add a `mapping` of the council's own headings) or from an
    /// `equitas.action-plan/1` document.
    func importNew(req: Request) async throws -> Response {
        let upload = try NewPlanUpload(req)
        let data = upload.file
        try req.authorizeNewPlan(organisationId: try req.optionalUUIDQuery("organisation_id"), isDocument: PlanFileFormat.detect(data) == .json)
        let record = try await req.planExchange.importNew(
            data, organisationId: try req.optionalUUIDQuery("organisation_id"),
            challengeId: try req.optionalUUIDQuery("challenge_id"), title: req.query["title"],
            importedBy: req.importedBy, today: req.today, headings: try upload.headings())
        return try Self.created(record)
    }

    /// `?format=docx|pdf|html|md` (html by default), `?as_of=`, `?since=`, `?cover=true`
    /// for the committee's covering report with the progress report as its appendix.
    func progressReport(req: Request) async throws -> Response {
        let format = try req.optionalQuery("format", as: ReportFormat.self) ?? .html
        guard format != .pptx else {
            throw ValidationFailure(path: "format", message: "a progress report comes as docx, pdf, html or md")
        }
        var since: CalendarDate?
        if req.query[String.self, at: "since"] != nil { since = try req.dateQuery("since") }
        let cover = try req.boolQuery("cover") ?? false
        let rendered = try await req.planExchange.progressReport(
            try req.planID, format: format, asOf: try req.dateQuery("as_of"), since: since, cover: cover)
        return ReportDocumentController.response(rendered)
    }

    static func created(_ record: ActionPlanRecord) throws -> Response {
        let response = try JSONResponse.make(record, status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/action-plans/" + record.plan.id.uuidString)
        return response
    }
}
