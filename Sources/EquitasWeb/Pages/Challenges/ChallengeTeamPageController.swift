import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// A challenge's team: who is on it, adding someone from the directory, taking someone off.
struct ChallengeTeamPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeTeam, use: show)
        try routes.on(Site.challengeTeamPost, use: add)
        try routes.on(Site.challengeTeamItemRemovePost, use: remove)
    }

    static let doneWords = ["added": "The person has been added to the team.", "removed": "The person has been taken off the team."]

    private func model(_ req: Request, _ loaded: LoadedChallenge, done: String?) async throws -> ChallengeTeamPage.Model {
        let facts = try await req.challengeFacts()
        return ChallengeTeamPage.Model(
            id: loaded.id, name: loaded.name, team: try await loaded.team(req), directory: loaded.directory,
            mayChange: req.pageContext.may(.write, .challenge(facts, part: .setUp)), done: done)
    }

    func show(req: Request) async throws -> Response {
        let loaded = try await LoadedChallenge.load(req)
        let model = try await model(req, loaded, done: req.doneMessage(Self.doneWords))
        return PageResponse.make(ChallengeTeamPage.layout(model, csrf: req.pageContext.csrfToken), for: req)
    }

    private struct Fields: Content {
        var person_id: String?
        var role: String?
    }

    func add(req: Request) async throws -> Response {
        let loaded = try await LoadedChallenge.load(req)
        let fields = (try? req.content.decode(Fields.self)) ?? Fields()
        let input = ChallengeTeamPage.Input(personId: fields.person_id ?? "", role: fields.role ?? "")
        let team = try await loaded.team(req)
        var errors = FormErrors()
        let person = UUID(uuidString: input.personId)
        if person == nil { errors.add("person_id", "Choose the person to add") }
        if let person, team.contains(where: { $0.value.personId == person }) {
            errors.add("person_id", "\(loaded.directory.personName(person)) is already on the team")
        }
        if let person, let found = loaded.directory.person(person),
            let problem = ChallengeRules.fromBodyUnderChallenge(
                found, challenge: loaded.challenge, names: Dictionary(uniqueKeysWithValues: loaded.challenge.organisationIds.map { ($0, loaded.directory.organisationName($0) ?? "") }))
        {
            errors.add("person_id", FormErrors.sentence(problem))
        }
        let role = TeamRole(rawValue: input.role)
        if role == nil { errors.add("role", "Choose their role on the team") }
        if errors.isEmpty, let person, let role {
            do {
                _ = try await ChallengePartStore<TeamMember>(db: req.db, catalog: req.catalog)
                    .create(challengeId: loaded.id, TeamMember(personId: person, role: role))
                return PageResponse.redirect(to: Site.challengeTeam.path(loaded.id) + "?done=added")
            } catch let failure as ValidationFailure {
                errors = FormErrors(failure, fallbackField: "person_id")
            }
        }
        let model = try await model(req, loaded, done: nil)
        return PageResponse.make(
            ChallengeTeamPage.layout(model, input: input, errors: errors, csrf: req.pageContext.csrfToken), for: req, status: .unprocessableEntity)
    }

    func remove(req: Request) async throws -> Response {
        let challenge = try req.id("challengeID", entity: "challenge")
        let member = try req.id("memberID", entity: "team member")
        guard Confirmation.isConfirmed(req) else {
            let loaded = try await LoadedChallenge.load(req)
            let found = try await ChallengePartStore<TeamMember>(db: req.db, catalog: req.catalog).get(challengeId: challenge, id: member).value
            let name = loaded.directory.personName(found.personId)
            return Confirmation(
                question: "Take \(name) off the team?",
                consequences: [
                    "\(name) (\(found.role.label.lowercased())) will no longer be on the team for \(loaded.name), and will be taken off the programme sessions they attended.",
                    "You can add them again later.",
                ],
                action: Site.challengeTeamItemRemovePost.path(challenge, member),
                button: "Yes, take \(name) off the team", destructive: true, back: Site.challengeTeam.path(challenge)
            ).response(for: req)
        }
        try await ChallengePartStore<TeamMember>(db: req.db, catalog: req.catalog).delete(challengeId: challenge, id: member)
        return PageResponse.redirect(to: Site.challengeTeam.path(challenge) + "?done=removed")
    }
}
