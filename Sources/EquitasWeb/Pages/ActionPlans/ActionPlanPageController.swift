import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The action plan pages: the register, a plan with its downloads and spreadsheet
/// upload; items, actions and updates are in `PlanPartsPageController`. Access is the
/// routes' own (`.actionPlanRegister`, then `.actionPlan` for `:planID`); downloads
/// run the API's own handlers, so a file is the same whichever way it is fetched.
struct ActionPlanPageController: DeclaredRouteCollection {
    /// The largest spreadsheet a page takes, as the API does.
    static let uploadLimit = 20 * 1024 * 1024

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.actionPlans, use: register)
        try routes.on(Site.actionPlan, use: show)
        try routes.on(Site.actionPlanExport, use: export)
        try routes.on(Site.actionPlanProgressReport, use: progressReport)
        // Read as it streams in: a sheet over the limit brings the form back with the limit named.
        try routes.upload(Site.actionPlanImportPost, fileLimit: Self.uploadLimit, use: importSheet)
        try routes.register(PlanPartsPageController())
        try routes.register(PlanCorrectionsPageController())
    }

    func register(req: Request) async throws -> Response {
        let records = try await req.actionPlans.records(organisationId: try req.planOrganisationFilter())
        return PageResponse.make(ActionPlanRegisterPage.layout(try await PlanRegisterEntry.load(records, req: req)), for: req)
    }

    /// Kept as rendered for each session until the plan's stamp or the day moves.
    func show(req: Request) async throws -> Response {
        try await req.keptPage("plan", try req.planID, stamp: try await PlanView.stamp(req)) {
            let view = try await PlanView.load(req)
            let reports = try await req.actionPlans.committeeReports(view.planId)
            return ActionPlanPage.layout(view, done: req.query["done"], csrf: req.pageContext.csrfToken, reports: reports)
        }
    }

    /// `?format=xlsx` (the default) or `csv`.
    func export(req: Request) async throws -> Response {
        try await ActionPlanController().export(req: req)
    }

    /// `?format=docx|pdf|html|md`.
    func progressReport(req: Request) async throws -> Response {
        try await ActionPlanController().progressReport(req: req)
    }

    struct Upload: Content {
        var file: File?
        var mode: String?
    }

    /// "check" describes the changes and saves nothing; "apply" makes them and goes back
    /// to the plan. A bad sheet lists every problem, by row and column, and changes nothing.
    func importSheet(req: Request, posted: StreamedForm) async throws -> Response {
        let view = try await PlanView.load(req)
        let csrf = req.pageContext.csrfToken
        let upload = (try? posted.decode(Upload.self)) ?? Upload()
        let force = upload.mode == PlanImportForm.forceMode
        let apply = upload.mode == "apply" || force
        if posted.oversized.contains(PlanImportForm.fileField) {
            let errors = FormErrors(PlanImportForm.fileField, "The spreadsheet must be smaller than \(EvidenceSize.words(Self.uploadLimit))")
            return PageResponse.make(PlanImportPage.failed(view, errors: errors, apply: apply, csrf: csrf), for: req, status: .payloadTooLarge)
        }
        guard let file = upload.file, file.data.readableBytes > 0 else {
            let errors = FormErrors(PlanImportForm.fileField, "Choose the spreadsheet to upload")
            return PageResponse.make(PlanImportPage.failed(view, errors: errors, apply: apply, csrf: csrf), for: req, status: .unprocessableEntity)
        }
        do {
            let outcome = try await req.planExchange.importSheet(
                Data(buffer: file.data), into: view.planId, importedBy: PlanView.author(req), today: req.today, dryRun: !apply, force: force)
            // Refused: the sheet would undo newer work. Both sides are shown, and the
            // choice to let the sheet's changes replace them is offered.
            if outcome.refused { return PageResponse.make(PlanImportPage.checked(view, outcome, csrf: csrf), for: req, status: apply ? .conflict : .ok) }
            if apply { return PageResponse.redirect(to: PlanPaths.plan(view.planId) + "?done=" + (outcome.applied ? "imported" : "unchanged")) }
            return PageResponse.make(PlanImportPage.checked(view, outcome, csrf: csrf), for: req)
        } catch let sheet as ActionPlanSheetErrors {
            return PageResponse.make(
                PlanImportPage.failed(view, errors: PlanImportPage.errors(sheet), apply: apply, csrf: csrf), for: req, status: .unprocessableEntity)
        } catch let failure as ValidationFailure {
            let errors = FormErrors(PlanImportForm.fileField, FormErrors.sentence(failure.description))
            return PageResponse.make(PlanImportPage.failed(view, errors: errors, apply: apply, csrf: csrf), for: req, status: .unprocessableEntity)
        }
    }
}
