import EquitasCore
import EquitasPersistence
import EquitasTestSupport
@testable import EquitasWeb
import Foundation
import SQLKit
import Vapor

/// Two councils, each with a challenge and an action plan, a peer on the first
/// challenge's team, and one signed-in account per role (an API token and a browser
/// session each), all belonging to "ours" — the first council.
struct AccessWorld {
    struct Signed {
        var actor: Actor
        var token: String?
        var cookie: String?
    }

    let ours: UUID, theirs: UUID
    let ourChallenge: UUID, theirChallenge: UUID
    let ourPlan: UUID, theirPlan: UUID
    let actors: [(name: String, signed: Signed)]

    static func make(_ app: Application) async throws -> AccessWorld {
        let organisations = OrganisationStore(db: app.db)
        let ours = try await organisations.create(Organisation(name: "Our Council", type: .districtCouncil), id: UUID()).id
        let theirs = try await organisations.create(Organisation(name: "Their Council", type: .districtCouncil), id: UUID()).id
        let peerPerson = try await PersonStore(db: app.db).create(Person(name: "Pat Peer"), id: UUID()).id
        let challenges = ChallengeStore(db: app.db, catalog: shippedCatalog)
        let modules = [ModuleScope(id: "communities", level: "achieving")]
        let ourChallenge = try await challenges.create(Challenge(organisationIds: [ours], frameworkId: "eflg-2021", modules: modules)).id
        let theirChallenge = try await challenges.create(Challenge(organisationIds: [theirs], frameworkId: "eflg-2021", modules: modules)).id
        _ = try await ChallengePartStore<TeamMember>(db: app.db, catalog: shippedCatalog)
            .create(challengeId: ourChallenge, TeamMember(personId: peerPerson, role: .officerPeer), id: UUID())
        let plans = ActionPlanStore(db: app.db, catalog: shippedCatalog)
        let ourPlan = try await plans.create(ActionPlan(organisationId: ours, title: "Our plan")).id
        let theirPlan = try await plans.create(ActionPlan(organisationId: theirs, title: "Their plan")).id

        var actors: [(String, Signed)] = []
        let roles: [(String, Role, UUID?, UUID?)] = [
            ("administrator", .administrator, nil, nil), ("review manager", .reviewManager, nil, nil),
            ("peer", .peer, nil, peerPerson), ("council officer", .councilOfficer, ours, nil), ("councillor", .councillor, ours, nil),
        ]
        let accounts = AccountStore(db: app.db)
        for (name, role, organisation, person) in roles {
            let email = "\(role.rawValue)@matrix.equitas.test"
            let account = try await accounts.create(
                Account(email: email, name: name, role: role, organisationId: organisation, personId: person),
                passwordHash: try app.equitas.passwordHasher.hash("matrix test password", email: email))
            let token = try await accounts.issueToken(accountId: account.id, name: "matrix").token
            let session = try await SessionStore(db: app.db).start(accountId: account.id)
            actors.append((name, Signed(actor: Actor(account: account), token: token, cookie: "equitas_session=\(session.secret)")))
        }
        actors.append(("public", Signed(actor: .anonymous, token: nil, cookie: nil)))
        return AccessWorld(
            ours: ours, theirs: theirs, ourChallenge: ourChallenge, theirChallenge: theirChallenge, ourPlan: ourPlan,
            theirPlan: theirPlan, actors: actors)
    }

    /// Puts both challenges at a status directly, skipping the lifecycle's steps, so
    /// each status can be visited in any order; with what has happened by then, as a
    /// real challenge would have it: from drafting the feedback has been recorded, from
    /// council review a draft has been issued.
    func setStatus(_ status: ChallengeStatus, _ app: Application) async throws {
        let sql = try require(app.db as? any SQLDatabase)
        let today = CalendarDate(Date())
        for id in [ourChallenge, theirChallenge] {
            if status >= .drafting, try await FeedbackStore(db: app.db, catalog: shippedCatalog).summary(challengeId: id) == nil {
                try await sql.update("challenges").set("status", to: ChallengeStatus.drafting.rawValue).where("id", .equal, id).run()
                _ = try await FeedbackStore(db: app.db, catalog: shippedCatalog).record(challengeId: id, givenOn: today, recordedBy: "Matrix", today: today)
            }
            let versions = ReportVersionStore(db: app.db, catalog: shippedCatalog)
            if status >= .councilReview, try await versions.list(challengeId: id).isEmpty {
                try await sql.update("challenges").set("status", to: ChallengeStatus.drafting.rawValue).where("id", .equal, id).run()
                _ = try await versions.issueDraft(challengeId: id, issuedBy: "Matrix", on: today)
            }
            try await sql.update("challenges").set("status", to: status.rawValue).where("id", .equal, id).run()
        }
    }
}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw Abort(.internalServerError, reason: "the test database is not SQL") }
    return value
}
