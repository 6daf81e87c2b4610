import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// Correcting and removing one's own progress update until the next committee report,
/// and recording that a committee report was made (ADR 0015). Under the plan's routes
/// (`.actionPlan`), so only those who may change the plan get this far; the store then
/// refuses anyone but the update's author, and any update a committee has seen.
struct PlanCorrectionsPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.actionPlanActionUpdateEdit, use: edit)
        try routes.on(Site.actionPlanActionUpdatePost, use: save)
        try routes.on(Site.actionPlanActionUpdateDeletePost, use: remove)
        try routes.on(Site.actionPlanCommitteeReportsPost, use: recordCommitteeReport)
        try routes.on(Site.actionPlanCommitteeReportDeletePost, use: removeCommitteeReport)
    }

    func edit(req: Request) async throws -> Response {
        let (view, action, update) = try await found(req)
        let form = PlanUpdateForm(date: update.value.date.description, text: update.value.text)
        return try await page(req, view, action, update, form: form, errors: FormErrors(), status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let (view, action, update) = try await found(req)
        let form = try req.content.decode(PlanUpdateForm.self)
        var errors = FormErrors()
        // The form's own checks name every problem at once; the store's rules follow.
        let checked = form.update(author: update.value.author, today: req.today, errors: &errors)
        if errors.isEmpty {
            do {
                _ = try await req.actionPlans.correctUpdate(
                    view.planId, action.action.id, update.id, date: checked.date, text: checked.text, by: req.actor.accountId, today: req.today)
                return PageResponse.redirect(to: PlanPaths.action(view.planId, action.action.id) + "?done=corrected")
            } catch let failure as ValidationFailure {
                errors.add(failure.path == "date" ? "date" : "text", PlanPageParts.problem(failure, words: "The update"))
            }
        }
        return try await page(req, view, action, update, form: form, errors: errors, status: .unprocessableEntity)
    }

    func remove(req: Request) async throws -> Response {
        let (view, action, update) = try await found(req)
        let actionPath = PlanPaths.action(view.planId, action.action.id)
        guard Confirmation.isConfirmed(req) else {
            // Asked only of someone who may remove it: anyone else is told why at once.
            try await check(req, view, action, update)
            var consequences = ["It will be taken out of the action's history; the plan's history of changes keeps what it said."]
            if let status = update.value.status {
                consequences.append("The action's status will go back from \(status.label.lowercased()) to what it was before.")
            }
            return Confirmation(
                question: "Remove your update of \(update.value.date.longForm)?", consequences: consequences + [Confirmation.cannotBeUndone],
                subject: update.value.text, action: Site.actionPlanActionUpdateDeletePost.path(view.planId, action.action.id, update.id),
                button: "Yes, remove this update", destructive: true, back: actionPath
            ).response(for: req)
        }
        try await req.actionPlans.removeUpdate(view.planId, action.action.id, update.id, by: req.actor.accountId)
        return PageResponse.redirect(to: actionPath + "?done=removed")
    }

    struct CommitteeForm: Content {
        var committee: String?
        var date: String?
    }

    /// From the plan page: "the progress report was presented to … on …".
    func recordCommitteeReport(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        let form = try req.content.decode(CommitteeForm.self)
        var errors = FormErrors()
        let committee = Text.optional(form.committee)
        if committee == nil { errors.add("committee", "Enter the committee the report was presented to") }
        let day = Text.optional(form.date).flatMap(CalendarDate.init)
        if day == nil { errors.add("date", "Enter the date of the meeting as a real date, such as 2026-03-31") }
        if let day, day > req.today { errors.add("date", "The meeting must be today (\(req.today.longForm)) or earlier: record it once it has taken place") }
        if errors.isEmpty, let committee, let day {
            do {
                _ = try await req.actionPlans.recordCommitteeReport(
                    view.planId, CommitteeReport(date: day, committee: committee, recordedBy: PlanView.author(req)), today: req.today)
                return PageResponse.redirect(to: PlanPaths.plan(view.planId) + "?done=reported")
            } catch let failure as ValidationFailure {
                errors.add(failure.path == "date" ? "date" : "committee", PlanPageParts.problem(failure, words: "The committee"))
            }
        }
        let reports = try await req.actionPlans.committeeReports(view.planId)
        let committeeForm = ActionPlanPage.CommitteeFormState(committee: form.committee, date: form.date, errors: errors)
        let page = ActionPlanPage.layout(view, done: nil, csrf: req.pageContext.csrfToken, reports: reports, committeeForm: committeeForm)
        return PageResponse.make(page, for: req, status: .unprocessableEntity)
    }

    /// Takes back the latest committee report, once asked and confirmed; an earlier one
    /// is refused by the store, saying which is the latest.
    func removeCommitteeReport(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        let reportId = try req.id("reportID", entity: "committee report")
        let report = try await req.actionPlans.committeeReport(view.planId, reportId)
        let planPath = PlanPaths.plan(view.planId)
        guard Confirmation.isConfirmed(req) else {
            try CommitteeReport.checkRemovable(reportId, among: try await req.actionPlans.committeeReports(view.planId))
            return Confirmation(
                question: "Remove the report to \(report.value.words)?",
                consequences: [
                    "Updates dated on or before \(report.value.date.longForm) and after any earlier report may be corrected or removed by their authors again.",
                    "The plan's history of changes keeps who recorded it and who removed it.",
                ],
                subject: "Presented to \(report.value.words), recorded by \(report.value.recordedBy)",
                action: Site.actionPlanCommitteeReportDeletePost.path(view.planId, reportId),
                button: "Yes, remove this committee report", destructive: true, back: planPath
            ).response(for: req)
        }
        try await req.actionPlans.removeCommitteeReport(view.planId, reportId)
        return PageResponse.redirect(to: planPath + "?done=report-removed")
    }

    /// The plan, the action and the update in the path, which must belong together.
    private func found(_ req: Request) async throws -> (PlanView, PlanActionRecord, Identified<ProgressUpdate>) {
        let view = try await PlanView.load(req)
        let action = try view.action(req).action
        let updateId = try req.id("updateID", entity: "progress update")
        guard let update = action.updates.first(where: { $0.id == updateId }) else { throw NotFound(entity: "progress update", id: updateId) }
        return (view, action, update)
    }

    /// Refuses, as the store would, when the person may not change the update; else the
    /// plan's latest committee report.
    @discardableResult
    private func check(
        _ req: Request, _ view: PlanView, _ action: PlanActionRecord, _ update: Identified<ProgressUpdate>
    ) async throws -> CommitteeReport? {
        let lastReport = CommitteeReport.latest(try await req.actionPlans.committeeReports(view.planId).map(\.value))
        let authors = try await req.actionPlans.updateAuthors(view.planId, action.action.id)
        try ProgressUpdateCorrection.check(update.value, author: authors[update.id], person: req.actor.accountId, lastReport: lastReport)
        return lastReport
    }

    private func page(
        _ req: Request, _ view: PlanView, _ action: PlanActionRecord, _ update: Identified<ProgressUpdate>, form: PlanUpdateForm,
        errors: FormErrors, status: HTTPResponseStatus
    ) async throws -> Response {
        let lastReport = try await check(req, view, action, update)
        let layout = PlanUpdateEditPage.layout(
            view, action: action, update: update, form: form, errors: errors, lastReport: lastReport, csrf: req.pageContext.csrfToken)
        return PageResponse.make(layout, for: req, status: status)
    }
}
