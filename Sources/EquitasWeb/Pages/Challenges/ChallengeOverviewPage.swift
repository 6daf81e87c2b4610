import EquitasCore
import Foundation

/// One challenge at a glance: where it is in its life and what comes next, its scope,
/// its team, and the way into each area of the work.
enum ChallengeOverviewPage {
    struct Model {
        var id: UUID
        var challenge: Challenge
        var framework: Framework?
        var directory: DirectoryLookup
        var team: [Identified<TeamMember>]
        var mayChangeSetUp: Bool
        /// The parts the viewer may open: the council sees the team's work only as it is
        /// handed over.
        var readable: Set<ChallengeArea>
        /// The last day's feedback, once recorded: the deck as presented is a part too.
        var feedback: FeedbackSummary?
        /// How far each readable part has gone, for the task list of parts.
        var progress = ChallengePartsProgress()
        var done: String?
        /// Why the last move of status was refused, shown at the status buttons.
        var transitionError: String?
        /// The challenges that follow this one: the rest of the chain.
        var followers: [Identified<Challenge>] = []
        /// May set up a new challenge (and so the one that follows this).
        var maySetUpFollowUp = false
    }

    static let statusSectionId = "status-actions"

    static func layout(_ model: Model, csrf: String?) -> PageLayout {
        let name = ChallengePageParts.name(councils: model.directory.councilNames(model.challenge.organisationIds))
        let errors = model.transitionError.map { [(statusSectionId, $0)] } ?? []
        return PageLayout(
            title: model.transitionError == nil ? name : "Error: " + name,
            content: [
                ChallengePageParts.breadcrumbs([(Site.challenges.path, "Challenges"), (nil, name)]),
                errors.isEmpty ? .empty : ErrorSummary.node(errors),
                ChallengePageParts.notification(model.done),
                .h1([], .text(name)),
                status(model, csrf: csrf),
                ChallengeOverviewTasks.node(model),
                setUp(model),
                modules(model),
                team(model),
            ])
    }

    private static func status(_ model: Model, csrf: String?) -> Node {
        let challenge = model.challenge
        let path = ChallengeLifecycle.path(for: challenge.kind)
        let next = ChallengeLifecycle.next(from: challenge.status, kind: challenge.kind)
        let steps = path.map { step -> Node in
            step == challenge.status
                ? .li([.aria("current", "step")], .strong([], .text(ChallengePageParts.status(step))), " (current)")
                : .li([], .text(ChallengePageParts.status(step)))
        }
        let forward = next.filter { $0 > challenge.status }
        let nextWords = forward.isEmpty
            ? "Nothing comes next: this challenge's status no longer changes."
            : "Next: " + forward.map { ChallengePageParts.status($0) }.joined(separator: " or ") + "."
        let buttons = model.mayChangeSetUp && !next.isEmpty
            ? Node.div(
                [.class("actions")],
                .fragment(next.map { target in
                    FormControls.postButton(
                        target > challenge.status ? "Move on to \(target.label)" : "Move back to \(target.label)",
                        action: Site.challengeTransitionPost.path(model.id), csrf: csrf, hiddenFields: [("status", target.rawValue)])
                }))
            : .empty
        return .section(
            [.id(statusSectionId), Attribute("tabindex", "-1"), .aria("labelledby", "status-heading")],
            .h2([.id("status-heading")], "Status"),
            .p([], "This challenge is at ", .strong([], .text(challenge.status.label)), ". ", .text(nextWords)),
            .ol([.aria("label", "Stages of this challenge")], .fragment(steps)),
            buttons)
    }

    private static func setUp(_ model: Model) -> Node {
        let challenge = model.challenge
        let councils = model.directory.councilNames(challenge.organisationIds)
        let entries: [(String, Node)] = [
            ("Councils", .text(councils.joined(separator: ", "))),
            ("Framework", .text(ChallengePageParts.framework(model.framework, id: challenge.frameworkId, version: challenge.frameworkVersion))),
            ("Kind", .text(ChallengePageParts.kind(challenge.kind))),
            ("Focus", .text(challenge.focus ?? "None given")),
            ("Dates", .text(ChallengePageParts.dates(challenge.start, challenge.end))),
        ] + chain(model)
        return .section(
            [.aria("labelledby", "set-up-heading")],
            .h2([.id("set-up-heading")], "Set-up"),
            .dl([.class("summary-list")], .fragment(entries.map { .div([], .dt([], .text($0.0)), .dd([], $0.1)) })),
            model.mayChangeSetUp ? .p([], .a(href: Site.challengeEdit.path(model.id), "Change the set-up")) : .empty,
            model.maySetUpFollowUp
                ? .p([], .a(href: Site.challengesNew.path + "?follows=" + model.id.uuidString.lowercased(), "Set up the challenge that follows this one"))
                : .empty)
    }

    /// The chain of challenges: the one this follows and those that follow it.
    private static func chain(_ model: Model) -> [(String, Node)] {
        var entries: [(String, Node)] = []
        if let earlier = model.challenge.follows {
            entries.append(("Follows", .a(href: Site.challenge.path(earlier), "The earlier challenge")))
        }
        if !model.followers.isEmpty {
            entries.append(("Followed by", .fragment(model.followers.enumerated().map { index, follower -> Node in
                .fragment([
                    index == 0 ? .empty : .text(", "),
                    .a(href: Site.challenge.path(follower.id), .text("The challenge of " + ChallengePageParts.dates(follower.value.start, follower.value.end))),
                ])
            })))
        }
        return entries
    }

    private static func modules(_ model: Model) -> Node {
        let noun = model.framework?.moduleNoun ?? "module"
        let rows = model.challenge.modules.map { scope -> Node in
            let module = model.framework?.module(scope.id)
            let level = model.framework?.level(scope.level)?.name ?? scope.level
            return .tr(
                [], .th(scope: .row, [], .text(module.map { "\($0.code) \($0.name)" } ?? scope.id)), .td([], .text(level)))
        }
        return .section(
            [.aria("labelledby", "modules-heading")],
            .h2([.id("modules-heading")], .text("\(FormErrors.sentence(noun))s in scope")),
            .table(
                [],
                .thead([], .tr([], .th(scope: .col, [], .text(FormErrors.sentence(noun))), .th(scope: .col, [], "Level sought"))),
                .tbody([], .fragment(rows))))
    }

    private static func team(_ model: Model) -> Node {
        let teamLink = Node.p(
            [], .a(href: Site.challengeTeam.path(model.id), .text(model.mayChangeSetUp ? "Add or remove team members" : "The team page")))
        guard !model.team.isEmpty else {
            return .section(
                [.aria("labelledby", "team-heading")], .h2([.id("team-heading")], "Team"), .p([], "No one is on the team yet."), teamLink)
        }
        return .section(
            [.aria("labelledby", "team-heading")],
            .h2([.id("team-heading")], "Team"),
            ChallengeTeamPage.table(model.team, directory: model.directory, removal: nil),
            teamLink)
    }

    static let areas: [(segment: String, words: String, area: ChallengeArea, page: Endpoint<UUID>)] = [
        ("self-assessment", "Self-assessment", .selfAssessment, Site.challengeSelfAssessment),
        ("evidence", "Evidence", .evidence, Site.challengeEvidence), ("programme", "Programme", .programme, Site.challengeProgramme),
        ("findings", "Findings", .peerWork, Site.challengeFindings), ("recommendations", "Recommendations", .peerWork, Site.challengeRecommendations),
        ("conclusion", "Conclusion and award", .peerWork, Site.challengeConclusion), ("report", "Report", .report, Site.challengeReport),
        ("comments", "Comments on drafts", .comments, Site.challengeComments), ("changes", "History of changes", .setUp, Site.challengeChanges),
    ]
}
