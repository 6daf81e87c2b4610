import EquitasCore
import Foundation

/// `/organisations/{id}/committee-meetings`: the meetings of the committees that monitor
/// the council's plan, soonest last, with a form for officers to add one.
enum CommitteeMeetingsPage {
    static func path(_ organisationId: UUID) -> String { Site.committeeMeetings.path(organisationId) }

    static func layout(
        council: Identified<Organisation>, meetings: [Identified<CommitteeMeeting>], mayWrite: Bool, fields: [String: String], errors: FormErrors,
        done: String?, csrf: String?
    ) -> PageLayout {
        let heading = "Committee meetings"
        let base = Site.organisation.path(council.id), calendar = Site.organisationCalendar.path(council.id)
        let rows = meetings.map { item -> Node in
            .tr(
                [], .td([], .text(item.value.date.longForm)), .th(scope: .row, [], .text(item.value.committee)),
                .td([], .text(item.value.purpose ?? "Not recorded")),
                mayWrite
                    ? .td([], FormControls.postButton("Remove the meeting of \(item.value.committee) on \(item.value.date.longForm)", action: Site.committeeMeetingDeletePost.path(council.id, item.id), csrf: csrf, warning: true))
                    : .empty)
        }
        var content: [Node] = [
            errors.summary,
            ChallengePageParts.breadcrumbs([(base, council.value.name), (calendar, "Equality duty calendar"), (nil, heading)]),
            StatusMessage.node(done == "added" ? "The meeting has been added to the calendar." : done == "deleted" ? "The meeting has been removed." : nil),
            .h1([], .text(heading)),
            .p([.class("lead")], "The meetings of the committees that monitor ", .text(council.value.name), "’s equality plan. They appear in its equality duty calendar and its feeds."),
            meetings.isEmpty
                ? .p([], "No committee meetings have been entered yet.")
                : .table(
                    [], .caption([], "Meetings, by date"),
                    .thead([], .tr([], .th(scope: .col, [], "Date"), .th(scope: .col, [], "Committee"), .th(scope: .col, [], "On the plan"), mayWrite ? .th(scope: .col, [], "Remove") : .empty)),
                    .tbody([], .fragment(rows))),
        ]
        if mayWrite {
            content.append(.h2([], "Add a meeting"))
            content.append(.form(
                action: path(council.id), method: .post, [Attribute("novalidate", nil)],
                FormControls.csrf(csrf),
                FormControls.text("committee", label: "Committee", value: fields["committee"], hint: "Such as Scrutiny Committee or the Equality Board.", error: errors["committee"]),
                FormControls.text("date", label: "Date", value: fields["date"], error: errors["date"], type: "date"),
                FormControls.text("purpose", label: "What it takes on the plan (optional)", value: fields["purpose"], hint: "Such as the six-monthly progress report.", error: errors["purpose"]),
                FormControls.submit("Add the meeting")))
        }
        return PageLayout(title: errors.titlePrefix + heading, content: content, currentPath: calendar)
    }
}
