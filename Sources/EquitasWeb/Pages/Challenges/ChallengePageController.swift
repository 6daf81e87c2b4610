import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The challenge register and each challenge's overview and set-up: list, set up in
/// two steps, change the set-up, move the status on. The team and the programme have
/// controllers of their own, registered from here.
struct ChallengePageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challenges, use: list)
        try routes.on(Site.challengesNew, use: newChallenge)
        try routes.on(Site.challengesPost, use: create)
        try routes.on(Site.challenge, use: overview)
        try routes.on(Site.challengePost, use: update)
        try routes.on(Site.challengeEdit, use: edit)
        try routes.on(Site.challengeTransitionPost, use: transition)
        try routes.register(ChallengeTeamPageController())
        try routes.register(ProgrammePageController())
    }

    static let doneWords = [
        "created": "The challenge has been set up.", "updated": "The set-up has been saved.", "moved": "The status has been changed.",
        "imported": "The report has been imported as a published challenge.",
    ]

    func list(req: Request) async throws -> Response {
        let store = ChallengeStore(db: req.db, catalog: req.catalog)
        let visible = try await req.visibleChallengeIds()
        let challenges = try await PublicQueries.all { try await store.list($0, among: visible) }
        var names = OrganisationNames(store: OrganisationStore(db: req.db))
        var rows: [ChallengeListPage.Row] = []
        for item in challenges {
            let value = item.value
            rows.append(
                ChallengeListPage.Row(
                    id: item.id,
                    name: ChallengePageParts.listedName(councils: try await names.names(value.organisationIds), start: value.start, end: value.end),
                    framework: ChallengePageParts.framework(
                        req.catalog.framework(value.frameworkId, version: value.frameworkVersion), id: value.frameworkId,
                        version: value.frameworkVersion),
                    status: value.status, dates: ChallengePageParts.dates(value.start, value.end)))
        }
        let layout = ChallengeListPage.layout(
            rows, maySetUp: req.pageContext.may(.write, .challengeRegister), done: req.doneMessage(Self.doneWords))
        return PageResponse.make(layout, for: req)
    }

    private struct FirstStep: Content {
        var framework_id: String?
        var organisation_ids: [String]?
        var step: String?
        /// A follow-up starts at step 2, from the earlier challenge's scope.
        var follows: String?
    }

    /// Step 1 until a framework and councils are chosen (the step-1 form sends them
    /// back here by GET), then step 2.
    func newChallenge(req: Request) async throws -> Response {
        let directory = try await DirectoryLookup.load(req.db)
        let chosen = (try? req.query.decode(FirstStep.self)) ?? FirstStep()
        if let follows = chosen.follows {
            let earlier = try await ChallengeStore(db: req.db, catalog: req.catalog).get(try Self.earlierId(follows))
            guard let framework = req.catalog.framework(earlier.value.frameworkId) else { throw NotFound(entity: "framework", id: earlier.value.frameworkId) }
            return PageResponse.make(
                ChallengeSetUpPage.form(
                    .new, framework: framework, directory: directory, input: .following(earlier), errors: FormErrors(),
                    csrf: req.pageContext.csrfToken),
                for: req)
        }
        let input = ChallengeSetUpInput(frameworkId: chosen.framework_id ?? "", organisationIds: chosen.organisation_ids ?? [])
        guard chosen.framework_id != nil || chosen.organisation_ids != nil || chosen.step != nil else {
            return PageResponse.make(
                ChallengeSetUpPage.firstStep(frameworks: req.catalog.latest, directory: directory, input: input, errors: FormErrors()), for: req)
        }
        var errors = FormErrors()
        let framework = req.catalog.framework(input.frameworkId)
        if framework == nil { errors.add("framework_id", "Choose a framework") }
        if input.organisationIds.isEmpty { errors.add("organisation_ids", "Choose at least one council") }
        if let framework {
            for id in input.organisationIds.compactMap(UUID.init(uuidString:)) {
                if let organisation = directory.organisations.first(where: { $0.id == id })?.value, !framework.applies(to: organisation.type) {
                    errors.add("organisation_ids", FormErrors.sentence(ChallengeRules.notApplicable(organisation, framework: framework)))
                }
            }
        }
        guard let framework, errors.isEmpty else {
            return PageResponse.make(
                ChallengeSetUpPage.firstStep(frameworks: req.catalog.latest, directory: directory, input: input, errors: errors), for: req,
                status: .unprocessableEntity)
        }
        return PageResponse.make(
            ChallengeSetUpPage.form(.new, framework: framework, directory: directory, input: input, errors: FormErrors(), csrf: req.pageContext.csrfToken),
            for: req)
    }

    private static func earlierId(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw Abort(.badRequest, reason: "follows: \"\(text)\" is not a challenge id") }
        return id
    }

    func create(req: Request) async throws -> Response {
        let directory = try await DirectoryLookup.load(req.db)
        let frameworkId = (try? req.content.get(String.self, at: "framework_id")) ?? ""
        guard let framework = req.catalog.framework(frameworkId) else {
            let input = ChallengeSetUpInput.read(req, framework: nil)
            return PageResponse.make(
                ChallengeSetUpPage.firstStep(
                    frameworks: req.catalog.latest, directory: directory, input: input, errors: FormErrors("framework_id", "Choose a framework")),
                for: req, status: .unprocessableEntity)
        }
        let input = ChallengeSetUpInput.read(req, framework: framework)
        let showAgain = { (errors: FormErrors, status: HTTPResponseStatus) in
            PageResponse.make(
                ChallengeSetUpPage.form(.new, framework: framework, directory: directory, input: input, errors: errors, csrf: req.pageContext.csrfToken),
                for: req, status: status)
        }
        switch input.challenge(framework: framework, stored: nil) {
        case .failure(let list):
            return showAgain(list.errors, .unprocessableEntity)
        case .success(let challenge):
            do {
                let created = try await ChallengeStore(db: req.db, catalog: req.catalog).create(challenge)
                return PageResponse.redirect(to: Site.challenge.path(created.id) + "?done=created")
            } catch let failure as ValidationFailure {
                return showAgain(FormErrors(failure, fallbackField: "modules"), .unprocessableEntity)
            }
        }
    }

    /// What the overview shows changes only with the challenge's stamp and its followers'.
    private struct OverviewStamp: Hashable, Sendable {
        var challenge: ChallengeStamp
        var followers: FollowersStamp
    }

    /// Kept as rendered for each session until either stamp moves.
    func overview(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let stamp = OverviewStamp(challenge: try await req.challengeStamp(), followers: try await req.followersStamp())
        return try await req.keptPage("overview", id, stamp: stamp) {
            try await overviewLayout(req, done: req.doneMessage(Self.doneWords), transitionError: nil)
        }
    }

    /// The challenges that follow this one and that the viewer may see; the viewer's
    /// visible challenges are read only when there is a follower to check. The followers
    /// are kept under their own stamp, read with the challenge's.
    private static func visibleFollowers(_ req: Request, of id: UUID) async throws -> [Identified<Challenge>] {
        let followers = try await req.cached("followers", id, stamp: try await req.followersStamp()) {
            try await ChallengeStore(db: req.db, catalog: req.catalog).followers(of: id)
        }
        guard !followers.isEmpty, let visible = try await req.visibleChallengeIds() else { return followers }
        return followers.filter { visible.contains($0.id) }
    }

    /// Recorded feedback moves the challenge's stamp (M0037), so its summary is kept under it.
    private static func feedback(_ req: Request, of id: UUID) async throws -> FeedbackSummary? {
        try await req.cached("feedback-summary", id, stamp: try await req.challengeStamp()) {
            try await FeedbackStore(db: req.db, catalog: req.catalog).summary(challengeId: id)
        }
    }

    private func overviewPage(_ req: Request, done: String?, transitionError: String?, status: HTTPResponseStatus) async throws -> Response {
        PageResponse.make(try await overviewLayout(req, done: done, transitionError: transitionError), for: req, status: status)
    }

    private func overviewLayout(_ req: Request, done: String?, transitionError: String?) async throws -> PageLayout {
        let loaded = try await LoadedChallenge.load(req)
        let facts = try await req.challengeFacts()
        let readable = Set(ChallengeArea.allCases.filter { req.pageContext.may(.read, .challenge(facts, part: $0)) })
        let feedback = readable.contains(.feedback) ? try await Self.feedback(req, of: loaded.id) : nil
        let model = ChallengeOverviewPage.Model(
            id: loaded.id, challenge: loaded.challenge.visible(to: ChallengeVisibility(req.actor, facts)),
            framework: req.catalog.framework(loaded.challenge.frameworkId, version: loaded.challenge.frameworkVersion),
            directory: loaded.directory, team: try await loaded.team(req),
            mayChangeSetUp: req.pageContext.may(.write, .challenge(facts, part: .setUp)), readable: readable, feedback: feedback,
            progress: try await ChallengePartsProgress.load(req, challengeId: loaded.id, readable: readable), done: done,
            transitionError: transitionError,
            followers: try await Self.visibleFollowers(req, of: loaded.id),
            maySetUpFollowUp: req.pageContext.may(.write, .challengeRegister))
        return ChallengeOverviewPage.layout(model, csrf: req.pageContext.csrfToken)
    }

    /// A refused move is shown on the overview, at the status buttons, with what may follow.
    func transition(req: Request) async throws -> Response {
        let id = try req.id("challengeID", entity: "challenge")
        let asked = (try? req.content.get(String.self, at: "status")).flatMap(ChallengeStatus.init(rawValue:))
        guard let asked else {
            return try await overviewPage(req, done: nil, transitionError: "Choose a status to move to", status: .unprocessableEntity)
        }
        guard Confirmation.isConfirmed(req) else {
            // A move the lifecycle refuses is said at once, not after a confirmation.
            let loaded = try await LoadedChallenge.load(req)
            do {
                try ChallengeLifecycle.check(from: loaded.challenge.status, to: asked, kind: loaded.challenge.kind)
            } catch {
                return try await overviewPage(req, done: nil, transitionError: FormErrors.sentence(error.message), status: .conflict)
            }
            return TransitionConfirmation.make(loaded.challenge, id: id, name: loaded.name, to: asked).response(for: req)
        }
        do {
            _ = try await ChallengeStore(db: req.db, catalog: req.catalog).transition(id, to: asked)
        } catch let violation as RuleViolation {
            return try await overviewPage(req, done: nil, transitionError: FormErrors.sentence(violation.message), status: .conflict)
        }
        return PageResponse.redirect(to: Site.challenge.path(id) + "?done=moved")
    }

    func edit(req: Request) async throws -> Response {
        let loaded = try await LoadedChallenge.load(req)
        let framework = try pinned(loaded.challenge, req)
        let layout = ChallengeSetUpPage.form(
            .edit(id: loaded.id, name: loaded.name), framework: framework, directory: loaded.directory,
            input: ChallengeSetUpInput(loaded.challenge), errors: FormErrors(), csrf: req.pageContext.csrfToken)
        return PageResponse.make(layout, for: req)
    }

    func update(req: Request) async throws -> Response {
        let loaded = try await LoadedChallenge.load(req)
        let framework = try pinned(loaded.challenge, req)
        let input = ChallengeSetUpInput.read(req, framework: framework)
        let showAgain = { (errors: FormErrors, status: HTTPResponseStatus) in
            PageResponse.make(
                ChallengeSetUpPage.form(
                    .edit(id: loaded.id, name: loaded.name), framework: framework, directory: loaded.directory, input: input, errors: errors,
                    csrf: req.pageContext.csrfToken),
                for: req, status: status)
        }
        switch input.challenge(framework: framework, stored: loaded.challenge) {
        case .failure(let list):
            return showAgain(list.errors, .unprocessableEntity)
        case .success(let challenge):
            do {
                _ = try await ChallengeStore(db: req.db, catalog: req.catalog).update(loaded.id, challenge)
                return PageResponse.redirect(to: Site.challenge.path(loaded.id) + "?done=updated")
            } catch let failure as ValidationFailure {
                return showAgain(FormErrors(failure, fallbackField: "modules"), .unprocessableEntity)
            } catch let violation as RuleViolation {
                // The rules a change can break are about the kind or the councils.
                let field = violation.message.contains("kind") ? "kind" : "organisation_ids"
                return showAgain(FormErrors(field, FormErrors.sentence(violation.message)), .conflict)
            }
        }
    }

    private func pinned(_ challenge: Challenge, _ req: Request) throws -> Framework {
        guard let framework = req.catalog.framework(challenge.frameworkId, version: challenge.frameworkVersion) else {
            throw RuleViolation("this challenge uses a framework version this installation does not have")
        }
        return framework
    }
}
