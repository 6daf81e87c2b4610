import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// Correcting and removing one piece of the team's work, the same way for findings and
/// recommendations: `GET …/{id}/edit`, `POST …/{id}` to save, `POST …/{id}/delete`.
/// Listing and adding differ (what the next capture remembers), so each controller
/// keeps its own.
struct PeerWorkEditing<Draft: PeerWorkDraft>: Sendable {
    let parameter: String

    /// The edit form, the save and the delete of one finding or recommendation, from the route table.
    func register(on routes: DeclaredRoutes) throws {
        try routes.on(Draft.routes.edit, use: edit)
        try routes.on(Draft.routes.update, use: update)
        try routes.on(Draft.routes.delete, use: delete)
    }

    private func store(_ req: Request) -> ChallengePartStore<Draft.Part> {
        ChallengePartStore<Draft.Part>(db: req.db, catalog: req.catalog)
    }

    private func partID(_ req: Request) throws -> UUID { try req.id(parameter, entity: Draft.noun) }

    func edit(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let found = try await store(req).get(challengeId: work.id, id: partID(req))
        let version = EditConflict.version(of: found.value)
        return try await page(req, work, id: found.id, draft: Draft(found.value), errors: FormErrors(), version: version, status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let id = try partID(req)
        let stored = try await store(req).get(challengeId: work.id, id: id)
        let draft = (try? req.content.decode(Draft.self)) ?? Draft()
        let version = EditConflict.version(of: stored.value)
        if let conflict = try await EditConflict.check(req, stored: stored.value, recordId: id, theirs: Draft(stored.value).text ?? "") {
            let errors = FormErrors("text", conflict.message)
            return try await page(req, work, id: id, draft: draft, errors: errors, version: version, conflict: conflict, status: .conflict)
        }
        let (part, errors) = draft.checked(in: work)
        guard let part else { return try await page(req, work, id: id, draft: draft, errors: errors, version: version, status: .unprocessableEntity) }
        do {
            _ = try await store(req).update(challengeId: work.id, id: id, part)
        } catch let failure as ValidationFailure {
            return try await page(req, work, id: id, draft: draft, errors: Draft.errors(failure), version: version, status: .unprocessableEntity)
        }
        return PageResponse.redirect(to: Draft.routes.list.path(work.id) + "?done=saved")
    }

    func delete(req: Request) async throws -> Response {
        let work = try await PeerWorkRecord.load(req)
        let id = try partID(req)
        guard Confirmation.isConfirmed(req) else {
            let found = try await store(req).get(challengeId: work.id, id: id)
            return Confirmation(
                question: "Delete this \(Draft.noun)?", consequences: ["It will be taken out of the team's work and of the report.", Confirmation.cannotBeUndone],
                subject: Draft(found.value).text, action: Draft.routes.delete.path(work.id, id),
                button: "Yes, delete this \(Draft.noun)", destructive: true, back: Draft.routes.list.path(work.id)
            ).response(for: req)
        }
        try await store(req).delete(challengeId: work.id, id: id)
        return PageResponse.redirect(to: Draft.routes.list.path(work.id) + "?done=deleted")
    }

    private func page(
        _ req: Request, _ work: PeerWorkRecord, id: UUID, draft: Draft, errors: FormErrors, version: String,
        conflict: EditConflict? = nil, status: HTTPResponseStatus
    ) async throws -> Response {
        let form = PeerWorkEditPage<Draft>.Form(draft: draft, errors: errors, version: version, conflict: conflict)
        let layout = PeerWorkEditPage<Draft>.layout(work, id: id, form: form, csrf: req.pageContext.csrfToken)
        return PageResponse.make(layout, for: req, status: status)
    }
}
