import EquitasCore
import EquitasPersistence
import Vapor

/// `/action-plans/:planID/public`: what the public sees of this plan on its challenge's
/// "You said, we did" page, with a button per response and per update to publish or
/// withdraw it. Nothing is public until marked here (or through the API).
struct PublicityPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.actionPlanPublic, use: show)
        try routes.on(Site.actionPlanPublicPost, use: change)
    }

    func show(req: Request) async throws -> Response {
        let planId = try req.planID
        let record = try await ActionPlanStore(db: req.db, catalog: req.catalog).record(planId)
        let flags = try await PublicityStore(db: req.db, catalog: req.catalog).flags(planIds: [planId])
        let facts = try await req.publishedChallengeId(record.plan.value.challengeId)
        return PageResponse.make(
            PublicityPage.layout(
                record, flags: flags, mayWrite: req.pageContext.may(.write, .actionPlan(organisationId: record.plan.value.organisationId)),
                published: facts, done: req.query["done"] == "saved", csrf: req.pageContext.csrfToken),
            for: req)
    }

    func change(req: Request) async throws -> Response {
        let planId = try req.planID
        let store = PublicityStore(db: req.db, catalog: req.catalog)
        let value = (try? req.content.get(String.self, at: "public")) == "true"
        if let item = (try? req.content.get(String.self, at: "item")).flatMap(UUID.init(uuidString:)) {
            try await store.setResponsePublic(planId: planId, itemId: item, value)
        } else if let update = (try? req.content.get(String.self, at: "update")).flatMap(UUID.init(uuidString:)) {
            try await store.setUpdatePublic(planId: planId, updateId: update, value)
        } else {
            throw Abort(.unprocessableEntity, reason: "choose a response or an update to publish or withdraw")
        }
        return PageResponse.redirect(to: Site.actionPlanPublic.path(planId) + "?done=saved")
    }
}

extension Request {
    /// Whether the plan's challenge is published (its "you said, we did" page is live).
    func publishedChallengeId(_ challengeId: UUID?) async throws -> UUID? {
        guard let challengeId, try await ChallengeStore(db: db, catalog: catalog).exists(challengeId),
              try await ChallengeStore(db: db, catalog: catalog).get(challengeId).value.status == .published else { return nil }
        return challengeId
    }
}

enum PublicityPage {
    static func layout(
        _ record: ActionPlanRecord, flags: PublicityStore.Flags, mayWrite: Bool, published: UUID?, done: Bool, csrf: String?
    ) -> PageLayout {
        let planPath = Site.actionPlan.path(record.plan.id)
        let items = Set(flags.items)
        let updates = Set(flags.updates)
        func toggle(_ isPublic: Bool, field: String, id: UUID, what: String) -> Node {
            guard mayWrite else { return .text(isPublic ? "Public" : "Not public") }
            return FormControls.postButton(
                isPublic ? "Withdraw \(what) from the public page" : "Publish \(what)", action: Site.actionPlanPublicPost.path(record.plan.id), csrf: csrf,
                warning: isPublic, hiddenFields: [(field, id.uuidString.lowercased()), ("public", isPublic ? "false" : "true")])
        }
        let sections = record.items.map { item -> Node in
            let number = item.item.value.number
            let rows = item.actions.flatMap { action in
                action.updates.map { update -> Node in
                    .tr(
                        [],
                        .td([], .text(update.value.date.longForm)),
                        .td([], .text("\(action.action.value.description) — \(update.value.text)")),
                        .td([], toggle(updates.contains(update.id), field: "update", id: update.id, what: "the update of \(update.value.date.longForm) on item \(number)")))
                }
            }
            return .section(
                [],
                .h2([], .text("Item \(number)")),
                .p([], .text(item.item.value.text)),
                .p([], .strong([], "Response: "), .text(item.item.value.response?.label ?? "Not answered yet"), " ",
                   toggle(items.contains(item.item.id), field: "item", id: item.item.id, what: "the response to item \(number)")),
                rows.isEmpty
                    ? .p([], "No progress updates yet.")
                    : .table([], .caption([], .text("Progress updates on item \(number)")),
                             .thead([], .tr([], .th(scope: .col, [], "Date"), .th(scope: .col, [], "Update"), .th(scope: .col, [], "Public"))),
                             .tbody([], .fragment(rows))))
        }
        return PageLayout(title: "What the public sees", content: [
            PlanPageParts.breadcrumbs([(Site.actionPlans.path, "Action plans"), (planPath, record.plan.value.title)]),
            done ? StatusMessage.node("Saved.") : .empty,
            .h1([], "What the public sees"),
            .p([.class("lead")], "Residents see the challenge's recommendations, and of this plan only the responses and updates published here, on the challenge's \"You said, we did\" page and its feed. Nothing is public until it is published here."),
            published.map { Node.p([], .a(href: YouSaidWeDidPage.path($0), "See the public page")) }
                ?? .p([], "The public page appears once the challenge is published."),
            .fragment(sections),
        ])
    }
}
