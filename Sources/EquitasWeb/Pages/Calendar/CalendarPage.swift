import EquitasCore
import Foundation

/// A council's calendar as a page: a table by date, with the iCalendar download and the
/// way to a personal feed.
enum CalendarPage {
    static func layout(council: Identified<Organisation>, entries: [CalendarEntry], today: CalendarDate) -> PageLayout {
        let base = Site.organisation.path(council.id)
        let rows = entries.map { entry -> Node in
            let past = entry.date < today
            return .tr(
                past ? [.class("past")] : [],
                .td([], .text(entry.date.longForm + (past ? " (passed)" : ""))),
                .td([], .text(entry.category)),
                .td([], .text(entry.summary), entry.detail.map { Node.fragment([.element("br"), .span([.class("hint")], .text($0))]) } ?? .empty))
        }
        return PageLayout(title: "Equality duty calendar", content: [
            ChallengePageParts.breadcrumbs([(base, council.value.name), (nil, "Equality duty calendar")]),
            .h1([], "Equality duty calendar"),
            .p([.class("lead")], .text("\(council.value.name): the statutory dates of the equality duty, the end of its award, impact assessment reviews, its equality objectives' yearly progress and renewal, its committees' meetings and actions falling due, from \(today.adding(days: -30)?.longForm ?? "") to \(today.adding(years: 1).longForm).")),
            .p([], .a(href: Site.organisationCalendarIcs.path(council.id), "Download as iCalendar (.ics)"), " · ",
               .a(href: Site.accountCalendar.path, "Subscribe from Outlook or a phone with your own feed address")),
            .p([], .a(href: Site.equalityObjectives.path(council.id), "Equality objectives"), " · ", .a(href: Site.committeeMeetings.path(council.id), "Committee meetings")),
            entries.isEmpty
                ? .p([], "Nothing falls due in this time.")
                : .table([],
                    .caption([], "Dates, soonest first"),
                    .thead([], .tr([], .th(scope: .col, [], "Date"), .th(scope: .col, [], "Kind"), .th(scope: .col, [], "What"))),
                    .tbody([], .fragment(rows))),
        ])
    }
}

/// `/account/calendar`: a personal, secret feed address, shown once when made.
enum CalendarFeedPage {
    static func layout(hasFeed: Bool, newAddress: String?, base: String, csrf: String?, done: String? = nil) -> PageLayout {
        PageLayout(title: "Calendar feed", content: [
            done.map { StatusMessage.node($0) } ?? .empty,
            .h1([], "Calendar feed"),
            .p([], "A feed address lets Outlook, Google Calendar or a phone subscribe to your council's equality duty calendar (or, if you are not one council's, the actions you lead). Anyone with the address can read the calendar, so keep it to yourself; make a new one, or revoke it, if it gets out."),
            newAddress.map { address in
                Node.fragment([
                    .h2([], "Your new feed address"),
                    .p([], "Copy it now: it is shown only this once."),
                    .p([], .element("code", [.id("feed-address")], [.text(address)])),
                ])
            } ?? (hasFeed ? .p([], "You have a feed address. Making a new one stops the old one working.") : .p([], "You have no feed address yet.")),
            FormControls.postButton(hasFeed ? "Make a new feed address" : "Make a feed address", action: Site.accountCalendarPost.path, csrf: csrf, hiddenFields: [("action", "new")]),
            hasFeed ? FormControls.postButton("Revoke the feed address", action: Site.accountCalendarPost.path, csrf: csrf, warning: true, hiddenFields: [("action", "revoke")]) : .empty,
        ])
    }
}
