import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// Committee meetings on the pages: the list with its add form, and removing one after
/// a confirmation. Part of the council's calendar (`.organisationData(.calendar)`), so its
/// officers write and the calendar's other readers read.
struct CommitteeMeetingPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.committeeMeetings, use: list)
        try routes.on(Site.committeeMeetingsPost, use: create)
        try routes.on(Site.committeeMeetingDeletePost, use: delete)
    }

    func list(req: Request) async throws -> Response {
        let council = try await ImpactAssessmentPageController.council(req)
        return try await page(req, council, fields: [:], errors: FormErrors(), done: req.query["done"])
    }

    /// Adds the meeting, or shows the page again (422) naming the field.
    func create(req: Request) async throws -> Response {
        let council = try await ImpactAssessmentPageController.council(req)
        var fields = try req.content.decode([String: String].self)
        fields[CSRFMiddleware.field] = nil
        var errors = FormErrors()
        if Text.optional(fields["committee"]) == nil { errors.add("committee", "Enter the committee") }
        let date = Text.optional(fields["date"]).flatMap(CalendarDate.init)
        if date == nil { errors.add("date", "Enter the date as a real date, such as 2026-07-14") }
        if let date, errors.isEmpty {
            do {
                _ = try await req.committeeMeetings.create(CommitteeMeeting(
                    organisationId: council.id, committee: fields["committee"] ?? "", date: date, purpose: Text.optional(fields["purpose"])))
                return PageResponse.redirect(to: CommitteeMeetingsPage.path(council.id) + "?done=added")
            } catch let failure as ValidationFailure {
                errors = FormErrors(failure, fallbackField: "committee")
            }
        }
        return try await page(req, council, fields: fields, errors: errors, done: nil, status: .unprocessableEntity)
    }

    func delete(req: Request) async throws -> Response {
        let council = try await ImpactAssessmentPageController.council(req)
        let found = try await req.committeeMeetings.get(organisationId: council.id, id: try req.meetingID)
        let action = Site.committeeMeetingDeletePost.path(council.id, found.id)
        guard Confirmation.isConfirmed(req) else {
            return Confirmation(
                question: "Remove the meeting of \(found.value.committee) on \(found.value.date.longForm)?",
                consequences: ["It will no longer show in \(council.value.name)'s equality duty calendar or its feeds.", Confirmation.cannotBeUndone],
                action: action, button: "Yes, remove the meeting", destructive: true, back: CommitteeMeetingsPage.path(council.id)
            ).response(for: req)
        }
        try await req.committeeMeetings.delete(organisationId: council.id, id: found.id)
        return PageResponse.redirect(to: CommitteeMeetingsPage.path(council.id) + "?done=deleted")
    }

    private func page(
        _ req: Request, _ council: Identified<Organisation>, fields: [String: String], errors: FormErrors, done: String?, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let meetings = try await req.committeeMeetings.list(organisationId: council.id)
        let mayWrite = req.may(.write, .organisationData(organisationId: council.id, area: .calendar))
        let page = CommitteeMeetingsPage.layout(
            council: council, meetings: meetings, mayWrite: mayWrite, fields: fields, errors: errors, done: done, csrf: req.pageContext.csrfToken)
        return PageResponse.make(page, for: req, status: status)
    }
}
