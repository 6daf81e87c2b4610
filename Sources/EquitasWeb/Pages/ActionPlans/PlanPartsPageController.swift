import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// A plan's items, actions and progress updates as pages, under `/action-plans/{planID}`.
/// The route's `.actionPlan` lets readers see and writers post; the form pages refuse
/// a reader outright, since the form would be of no use to them. Every write goes
/// through `ActionPlanStore`, as the API's does.
struct PlanPartsPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.actionPlanItemEdit, use: editItem)
        try routes.on(Site.actionPlanItemPost, use: saveItem)
        try routes.on(Site.actionPlanItemActionsNew, use: newAction)
        try routes.on(Site.actionPlanItemActionsPost, use: addAction)
        try routes.on(Site.actionPlanAction, use: showAction)
        try routes.on(Site.actionPlanActionEdit, use: editAction)
        try routes.on(Site.actionPlanActionPost, use: saveAction)
        try routes.on(Site.actionPlanActionUpdatesPost, use: addUpdate)
    }

    // MARK: Items

    func editItem(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        let item = try view.item(req)
        let page = PlanItemEditPage.layout(view, item, form: PlanItemForm(item.item.value), errors: FormErrors(), csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req)
    }

    func saveItem(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        let item = try view.item(req)
        let form = try req.content.decode(PlanItemForm.self)
        var errors = FormErrors()
        let changed = form.applied(to: item.item.value, errors: &errors)
        if errors.isEmpty {
            do {
                _ = try await req.actionPlans.updateItem(view.planId, item.item.id, changed)
                return PageResponse.redirect(to: PlanPaths.plan(view.planId) + "?done=item#" + PlanPaths.itemAnchor(changed.number))
            } catch let failure as ValidationFailure {
                errors.add(failure.path == "rationale" ? "rationale" : "response", PlanPageParts.problem(failure, words: "The rationale"))
            }
        }
        let page = PlanItemEditPage.layout(view, item, form: form, errors: errors, csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req, status: .unprocessableEntity)
    }

    // MARK: Actions

    func newAction(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        let page = PlanActionFormPage.layout(view, .add(try view.item(req)), form: PlanActionForm(), errors: FormErrors(), csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req)
    }

    func addAction(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        let item = try view.item(req)
        let form = try req.content.decode(PlanActionForm.self)
        var errors = FormErrors()
        let action = form.action(people: view.vocabulary.people, errors: &errors)
        if errors.isEmpty {
            do {
                let added = try await req.actionPlans.addAction(view.planId, item.item.id, action)
                return PageResponse.redirect(to: PlanPaths.action(view.planId, added.id) + "?done=action")
            } catch let failure as ValidationFailure {
                errors = Self.errors(failure)
            }
        }
        let page = PlanActionFormPage.layout(view, .add(item), form: form, errors: errors, csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req, status: .unprocessableEntity)
    }

    func showAction(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        return try await actionPage(req, view, form: PlanUpdateForm(date: view.today.description), errors: FormErrors(), status: .ok)
    }

    func editAction(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        let found = try view.action(req)
        let purpose = PlanActionFormPage.Purpose.edit(item: found.item, action: found.action, number: found.number)
        let page = PlanActionFormPage.layout(
            view, purpose, form: PlanActionForm(found.action.action.value), errors: FormErrors(), csrf: req.pageContext.csrfToken,
            version: EditConflict.version(of: found.action.action.value))
        return PageResponse.make(page, for: req)
    }

    /// A changed status is recorded by the store as an update by the person signed in.
    func saveAction(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        let found = try view.action(req)
        let form = try req.content.decode(PlanActionForm.self)
        var errors = FormErrors()
        let action = form.action(people: view.vocabulary.people, errors: &errors)
        let stored = found.action.action
        let conflict = try await EditConflict.check(req, stored: stored.value, recordId: stored.id, theirs: stored.value.description)
        if let conflict { errors = FormErrors("description", conflict.message) }
        if errors.isEmpty {
            do {
                _ = try await req.actionPlans.updateAction(
                    view.planId, found.action.action.id, action, who: PlanView.author(req), on: req.today, authorAccount: req.actor.accountId)
                return PageResponse.redirect(to: PlanPaths.action(view.planId, found.action.action.id) + "?done=action")
            } catch let failure as ValidationFailure {
                errors = Self.errors(failure)
            }
        }
        let purpose = PlanActionFormPage.Purpose.edit(item: found.item, action: found.action, number: found.number)
        let page = PlanActionFormPage.layout(
            view, purpose, form: form, errors: errors, csrf: req.pageContext.csrfToken, version: EditConflict.version(of: stored.value),
            conflict: conflict)
        return PageResponse.make(page, for: req, status: conflict == nil ? .unprocessableEntity : .conflict)
    }

    // MARK: Updates

    func addUpdate(req: Request) async throws -> Response {
        let view = try await PlanView.load(req)
        let found = try view.action(req)
        let form = try req.content.decode(PlanUpdateForm.self)
        var errors = FormErrors()
        let update = form.update(author: PlanView.author(req), today: req.today, errors: &errors)
        if errors.isEmpty {
            do {
                _ = try await req.actionPlans.addUpdate(
                    view.planId, found.action.action.id, update, today: req.today, authorAccount: req.actor.accountId)
                return PageResponse.redirect(to: PlanPaths.action(view.planId, found.action.action.id) + "?done=update")
            } catch let failure as ValidationFailure {
                errors.add(failure.path == "author" ? "text" : failure.path, PlanPageParts.problem(failure, words: "The update"))
            }
        }
        return try await actionPage(req, view, form: form, errors: errors, status: .unprocessableEntity)
    }

    private func actionPage(
        _ req: Request, _ view: PlanView, form: PlanUpdateForm, errors: FormErrors, status: HTTPResponseStatus
    ) async throws -> Response {
        let found = try view.action(req)
        let page = PlanActionPage.layout(
            view, item: found.item, action: found.action, number: found.number, done: req.query["done"], form: form, errors: errors,
            author: PlanView.author(req), csrf: req.pageContext.csrfToken, corrections: try await PlanCorrections.load(req, view, found.action))
        return PageResponse.make(page, for: req, status: status)
    }

    private static func errors(_ failure: ValidationFailure) -> FormErrors {
        let field = PlanActionForm.field(for: failure)
        return FormErrors(field.name, PlanPageParts.problem(failure, words: field.words))
    }
}
