import EquitasCore
import EquitasPersistence
import Vapor

/// A council's equality duty calendar: the page (`/organisations/:id/calendar`), the same
/// as an iCalendar download (`…/calendar/ics`), and each person's secret feed
/// (`/calendar-feeds/:secret`) that Outlook and phones subscribe to, which the person
/// makes and revokes at `/account/calendar`.
struct CalendarPageController: DeclaredRouteCollection {
    /// From a month back (so what has just slipped past still shows) to a year ahead.
    static func window(_ today: CalendarDate) -> (from: CalendarDate, to: CalendarDate) {
        (today.adding(days: -30) ?? today, today.adding(years: 1))
    }

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.organisationCalendar, use: page)
        try routes.on(Site.organisationCalendarIcs, use: download)
        try routes.on(Site.accountCalendar, use: feedPage)
        try routes.on(Site.accountCalendarPost, use: changeFeed)
        try routes.on(Site.calendarFeed, use: feed)
    }

    func page(req: Request) async throws -> Response {
        let council = try await OrganisationStore(db: req.db).get(try req.organisationID)
        let today = req.today
        let window = Self.window(today)
        let entries = try await CalendarStore(db: req.db, catalog: req.catalog).entries(organisationId: council.id, from: window.from, to: window.to)
        return PageResponse.make(CalendarPage.layout(council: council, entries: entries, today: today), for: req)
    }

    func download(req: Request) async throws -> Response {
        let council = try await OrganisationStore(db: req.db).get(try req.organisationID)
        let window = Self.window(req.today)
        let entries = try await CalendarStore(db: req.db, catalog: req.catalog).entries(organisationId: council.id, from: window.from, to: window.to)
        let text = ICalendarWriter.write(entries, name: "\(council.value.name): equality duty calendar", stamp: req.clock.now)
        return FileResponse.make(Data(text.utf8), contentType: "text/calendar; charset=utf-8", filename: "equality-duty-calendar.ics")
    }

    /// The subscriber's view: no session, the secret is the key. A council officer or
    /// councillor gets their council's calendar; anyone else the actions they lead.
    func feed(req: Request) async throws -> Response {
        let secret = req.parameters.get("secret") ?? ""
        guard let accountId = try await CalendarFeedStore(db: req.db).account(forSecret: secret),
              try await !AccountStore(db: req.db).isDisabled(accountId)
        else { throw Abort(.notFound, reason: "no calendar feed has this address; it may have been revoked") }
        let account = try await AccountStore(db: req.db).get(accountId).value
        let window = Self.window(req.today)
        let store = CalendarStore(db: req.db, catalog: req.catalog)
        let entries: [CalendarEntry]
        if account.role.isCouncilRole, let council = account.organisationId {
            entries = try await store.entries(organisationId: council, from: window.from, to: window.to)
        } else {
            entries = try await store.led(by: account.personId, from: window.from, to: window.to)
        }
        let text = ICalendarWriter.write(entries, name: "Equitas: \(account.name)", stamp: req.clock.now)
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=900")
        return response
    }

    func feedPage(req: Request) async throws -> Response {
        let id = try ReminderSettingsPageController.accountId(req)
        let has = try await CalendarFeedStore(db: req.db).hasFeed(accountId: id)
        return PageResponse.make(CalendarFeedPage.layout(hasFeed: has, newAddress: nil, base: Self.base(req), csrf: req.pageContext.csrfToken), for: req)
    }

    func changeFeed(req: Request) async throws -> Response {
        let id = try ReminderSettingsPageController.accountId(req)
        let store = CalendarFeedStore(db: req.db)
        switch (try? req.content.get(String.self, at: "action")) ?? "" {
        case "revoke":
            try await store.revoke(accountId: id)
            return PageResponse.make(CalendarFeedPage.layout(hasFeed: false, newAddress: nil, base: Self.base(req), csrf: req.pageContext.csrfToken, done: "The feed address has been revoked."), for: req)
        case "new":
            let secret = try await store.issue(accountId: id, now: req.clock.now)
            return PageResponse.make(CalendarFeedPage.layout(hasFeed: true, newAddress: Self.base(req) + Site.calendarFeed.path(secret), base: Self.base(req), csrf: req.pageContext.csrfToken), for: req)
        default:
            throw Abort(.unprocessableEntity, reason: "action: choose new or revoke")
        }
    }

    /// The address subscribers reach this server by, from the request.
    static func base(_ req: Request) -> String {
        let host = req.headers.first(name: .host) ?? "localhost"
        let scheme = req.application.equitas.secureCookies ? "https" : "http"
        return "\(scheme)://\(host)"
    }
}
