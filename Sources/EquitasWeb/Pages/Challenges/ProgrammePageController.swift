import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The on-site programme: the team's sessions, added, changed and removed by the team.
struct ProgrammePageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeProgramme, use: show)
        try routes.on(Site.challengeProgrammePost, use: add)
        try routes.on(Site.challengeProgrammeItemEdit, use: edit)
        try routes.on(Site.challengeProgrammeItemPost, use: update)
        try routes.on(Site.challengeProgrammeItemDeletePost, use: delete)
    }

    static let doneWords = [
        "added": "The session has been added.", "updated": "The session has been saved.", "deleted": "The session has been deleted.",
    ]

    private func store(_ req: Request) -> ChallengePartStore<ProgrammeSession> {
        ChallengePartStore<ProgrammeSession>(db: req.db, catalog: req.catalog)
    }

    private func model(_ req: Request, done: String?) async throws -> ProgrammePage.Model {
        let loaded = try await LoadedChallenge.load(req)
        let facts = try await req.challengeFacts()
        let store = store(req)
        let visibility = ChallengeVisibility(req.actor, facts)
        let sessions = try await PublicQueries.all { try await store.list(challengeId: loaded.id, $0) }
        return ProgrammePage.Model(
            id: loaded.id, name: loaded.name,
            sessions: sessions.map { Identified(id: $0.id, value: $0.value.visible(to: visibility)) }, showsNotes: visibility.teamNotes,
            team: try await loaded.team(req), directory: loaded.directory,
            mayChange: req.pageContext.may(.write, .challenge(facts, part: .programme)), done: done)
    }

    func show(req: Request) async throws -> Response {
        let model = try await model(req, done: req.doneMessage(Self.doneWords))
        return PageResponse.make(ProgrammePage.layout(model, csrf: req.pageContext.csrfToken), for: req)
    }

    func add(req: Request) async throws -> Response {
        let challenge = try req.id("challengeID", entity: "challenge")
        var input = ProgrammeSessionInput.read(req)
        let errors: FormErrors
        switch input.session(within: try await LoadedChallenge.load(req).challenge) {
        case .failure(let list):
            errors = list.errors
        case .success(let session):
            do {
                _ = try await store(req).create(challengeId: challenge, session)
                return PageResponse.redirect(to: Site.challengeProgramme.path(challenge) + "?done=added")
            } catch let failure as ValidationFailure {
                errors = FormErrors(ProgrammeSessionInput.field(for: failure.path), FormErrors.sentence(failure.message))
            }
        }
        let model = try await model(req, done: nil)
        return PageResponse.make(
            ProgrammePage.layout(model, input: input, errors: errors, csrf: req.pageContext.csrfToken), for: req, status: .unprocessableEntity)
    }

    func edit(req: Request) async throws -> Response {
        let challenge = try req.id("challengeID", entity: "challenge")
        let session = try await store(req).get(challengeId: challenge, id: try req.id("sessionID", entity: "session"))
        let model = try await model(req, done: nil)
        var input = ProgrammeSessionInput(session.value)
        // A session kept outside the dates was confirmed once; the box stays ticked.
        input.asksAboutDates = ChallengeRules.outsideDates(session.value, of: try await LoadedChallenge.load(req).challenge) != nil
        input.outsideDatesConfirmed = input.asksAboutDates
        return PageResponse.make(
            ProgrammePage.editLayout(model, sessionId: session.id, input: input, csrf: req.pageContext.csrfToken),
            for: req)
    }

    func update(req: Request) async throws -> Response {
        let challenge = try req.id("challengeID", entity: "challenge")
        let id = try req.id("sessionID", entity: "session")
        _ = try await store(req).get(challengeId: challenge, id: id)
        var input = ProgrammeSessionInput.read(req)
        let errors: FormErrors
        switch input.session(within: try await LoadedChallenge.load(req).challenge) {
        case .failure(let list):
            errors = list.errors
        case .success(let session):
            do {
                _ = try await store(req).update(challengeId: challenge, id: id, session)
                return PageResponse.redirect(to: Site.challengeProgramme.path(challenge) + "?done=updated")
            } catch let failure as ValidationFailure {
                errors = FormErrors(ProgrammeSessionInput.field(for: failure.path), FormErrors.sentence(failure.message))
            }
        }
        let model = try await model(req, done: nil)
        return PageResponse.make(
            ProgrammePage.editLayout(model, sessionId: id, input: input, errors: errors, csrf: req.pageContext.csrfToken), for: req,
            status: .unprocessableEntity)
    }

    func delete(req: Request) async throws -> Response {
        let challenge = try req.id("challengeID", entity: "challenge")
        let id = try req.id("sessionID", entity: "session")
        guard Confirmation.isConfirmed(req) else {
            let session = try await store(req).get(challengeId: challenge, id: id).value
            return Confirmation(
                question: "Delete the session \u{201C}\(session.title)\u{201D}?",
                consequences: ["It will be taken off the programme, with the team's notes of it.", Confirmation.cannotBeUndone],
                subject: ProgrammeSessionInput.when(session),
                action: Site.challengeProgrammeItemDeletePost.path(challenge, id),
                button: "Yes, delete the session", destructive: true, back: Site.challengeProgramme.path(challenge)
            ).response(for: req)
        }
        try await store(req).delete(challengeId: challenge, id: id)
        return PageResponse.redirect(to: Site.challengeProgramme.path(challenge) + "?done=deleted")
    }
}
