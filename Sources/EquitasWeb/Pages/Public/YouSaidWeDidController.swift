import EquitasCore
import EquitasPersistence
import Vapor

/// `/published/:challengeID/you-said-we-did` and its Atom feed (`…/feed`): public, no
/// sign-in, only for a published challenge, and only what an officer marked public.
struct YouSaidWeDidController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.publishedYouSaidWeDid, use: show)
        try routes.on(Site.publishedYouSaidWeDidFeed, use: feed)
    }

    private func load(_ req: Request) async throws -> YouSaidWeDid? {
        guard let id = UUID(uuidString: req.parameters.get("challengeID") ?? "") else { return nil }
        do {
            return try await PublicityStore(db: req.db, catalog: req.catalog).youSaidWeDid(challengeId: id)
        } catch is NotFound {
            return nil
        }
    }

    func show(req: Request) async throws -> Response {
        guard let view = try await load(req) else { return PageResponse.notFound() }
        return PageResponse.make(YouSaidWeDidPage.layout(view), for: req)
    }

    func feed(req: Request) async throws -> Response {
        guard let view = try await load(req) else { return PageResponse.notFound() }
        let base = CalendarPageController.base(req) + YouSaidWeDidPage.path(view.challengeId)
        let updates = view.updates
        let text = AtomFeedWriter.write(
            id: "urn:uuid:\(view.challengeId.uuidString.lowercased())", title: "You said, we did: " + PublishedPage.joined(view.councils),
            author: PublishedPage.joined(view.councils), selfLink: CalendarPageController.base(req) + Site.publishedYouSaidWeDidFeed.path(view.challengeId), pageLink: base,
            updated: updates.first?.date ?? CalendarDate(year: 2000, month: 1, day: 1)!,
            entries: updates.map { update in
                AtomFeedWriter.Entry(
                    id: "urn:uuid:\(update.id.uuidString.lowercased())",
                    title: "Recommendation \(update.recommendation): \(update.action)", updated: update.date,
                    content: update.text + (update.status.map { " (Status: \($0.label).)" } ?? ""), link: base + "#recommendation-\(update.recommendation)")
            })
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "atom+xml", parameters: ["charset": "utf-8"])
        return response
    }
}

enum YouSaidWeDidPage {
    static func path(_ id: UUID) -> String { Site.publishedYouSaidWeDid.path(id) }

    static func layout(_ view: YouSaidWeDid) -> PageLayout {
        let councils = PublishedPage.joined(view.councils)
        let items = view.items.map { item -> Node in
            .section(
                [.id("recommendation-\(item.number)"), .aria("labelledby", "recommendation-\(item.number)-heading")],
                .h2([.id("recommendation-\(item.number)-heading")], .text("Recommendation \(item.number)")),
                .p([], .strong([], "You said (the peer team recommended): "), .text(item.text)),
                item.response.map { response in
                    Node.p([], .strong([], "Our response: "), .text(response.label + (item.rationale.map { ". \($0)" } ?? "")))
                } ?? .p([], "Our response has not been published yet."),
                item.updates.isEmpty
                    ? .p([], "No progress has been published yet.")
                    : .fragment([
                        .h3([], .text("We did")),
                        .ul([], .fragment(item.updates.map { update in
                            Node.li([], .strong([], .text(update.date.longForm + ": ")), .text("\(update.action) — \(update.text)"))
                        })),
                    ]))
        }
        return PageLayout(title: "You said, we did: \(councils)", content: [
            .h1([], .text("You said, we did")),
            .p([.class("lead")], .text("\(councils): what the equality peer challenge\(view.dates.map { " of \($0)" } ?? "") recommended, the council's response, and the progress it has published.")),
            .p([], .a(href: Site.publishedYouSaidWeDidFeed.path(view.challengeId), "Follow the updates (Atom feed)"), " · ",
               .a(href: PublishedPage.reportPath(view.challengeId, .html), "Read the final report")),
            .fragment(items),
        ])
    }
}
