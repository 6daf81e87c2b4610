import EquitasCore
import Foundation

/// The on-site programme, day by day: each session's time, what it was, whom the team
/// met and which peers went. The team adds, changes and removes sessions here.
enum ProgrammePage {
    struct Model {
        var id: UUID
        var name: String
        var sessions: [Identified<ProgrammeSession>]
        /// The team's notes are its own: the council sees the schedule without them.
        var showsNotes: Bool
        var team: [Identified<TeamMember>]
        var directory: DirectoryLookup
        var mayChange: Bool
        var done: String?
    }

    static func layout(
        _ model: Model, input: ProgrammeSessionInput = ProgrammeSessionInput(), errors: FormErrors = FormErrors(), csrf: String?
    ) -> PageLayout {
        let days = Dictionary(grouping: model.sessions.sorted { $0.value.start < $1.value.start }, by: \.value.start.date)
        return PageLayout(
            title: errors.titlePrefix + "Programme",
            content: [
                ChallengePageParts.breadcrumbs([
                    (Site.challenges.path, "Challenges"), (Site.challenge.path(model.id), model.name), (nil, "Programme"),
                ]),
                errors.summary,
                ChallengePageParts.notification(model.done),
                .h1([], "Programme"),
                .p([.class("lead")], .text("The on-site programme of the \(model.name.prefix(1).lowercased() + model.name.dropFirst()).")),
                days.isEmpty ? .p([], "No sessions are in the programme yet.") : .empty,
                .fragment(days.keys.sorted().map { day in self.day(day, days[day] ?? [], model: model, csrf: csrf) }),
                model.mayChange
                    ? .section(
                        [.aria("labelledby", "add-session-heading")],
                        .h2([.id("add-session-heading")], "Add a session"),
                        form(
                            action: Site.challengeProgrammePost.path(model.id), model: model, input: input, errors: errors, csrf: csrf,
                            submit: "Add the session"))
                    : .empty,
            ])
    }

    static func editLayout(
        _ model: Model, sessionId: UUID, input: ProgrammeSessionInput, errors: FormErrors = FormErrors(), csrf: String?
    ) -> PageLayout {
        let title = "Change a session"
        return PageLayout(
            title: errors.titlePrefix + title,
            content: [
                ChallengePageParts.breadcrumbs([
                    (Site.challenges.path, "Challenges"), (Site.challenge.path(model.id), model.name),
                    (Site.challengeProgramme.path(model.id), "Programme"), (nil, title),
                ]),
                errors.summary,
                .h1([], .text(title)),
                form(
                    action: Site.challengeProgrammeItemPost.path(model.id, sessionId), model: model,
                    input: input, errors: errors, csrf: csrf, submit: "Save the session"),
            ])
    }

    private static func day(_ day: CalendarDate, _ sessions: [Identified<ProgrammeSession>], model: Model, csrf: String?) -> Node {
        let headingId = "day-\(day)"
        return .section(
            [.aria("labelledby", headingId)],
            .h2([.id(headingId)], .text(day.longForm)),
            .table(
                [],
                .thead(
                    [],
                    .tr(
                        [], .th(scope: .col, [], "Time"), .th(scope: .col, [], "Session"), .th(scope: .col, [], "Who the team met"),
                        .th(scope: .col, [], "Peers"), model.showsNotes ? .th(scope: .col, [], "Notes") : .empty,
                        model.mayChange ? .th(scope: .col, [], .span([.class("visually-hidden")], "Actions")) : .empty)),
                .tbody([], .fragment(sessions.map { row($0, model: model, csrf: csrf) }))))
    }

    private static func row(_ session: Identified<ProgrammeSession>, model: Model, csrf: String?) -> Node {
        let value = session.value
        let actions: Node = model.mayChange
            ? .td(
                [],
                .a(href: Site.challengeProgrammeItemEdit.path(model.id, session.id), "Change", .span([.class("visually-hidden")], .text(" the session \(value.title)"))),
                FormControls.postButton("Delete \(value.title)", action: Site.challengeProgrammeItemDeletePost.path(model.id, session.id), csrf: csrf, warning: true))
            : .empty
        return .tr(
            [],
            .td([], .text("\(ProgrammeSessionInput.clock(value.start)) to \(ProgrammeSessionInput.clock(value.end))")),
            .th(scope: .row, [], .text(value.title), " (", .text(ChallengePageParts.sessionKind(value.kind).lowercased()), ")"),
            .td([], value.met.isEmpty ? "Not recorded" : .ul([], .fragment(value.met.map { .li([], .text($0)) }))),
            .td([], .text(value.peerIds.isEmpty ? "Not recorded" : value.peerIds.map { model.directory.personName($0) }.joined(separator: ", "))),
            model.showsNotes ? .td([], .text(value.notes ?? "")) : .empty,
            actions)
    }

    /// One box, shown once the day is found outside the challenge's dates.
    private static func datesConfirmation(_ input: ProgrammeSessionInput) -> Node {
        let id = FormControls.fieldId(ProgrammeSessionInput.confirmField)
        return .div(
            [.class("choice")],
            .input([
                Attribute("type", "checkbox"), .id(id), Attribute("name", ProgrammeSessionInput.confirmField), Attribute("value", "yes"),
                .flag("checked", input.outsideDatesConfirmed),
            ]),
            .label(for: id, "The day is meant, although it is outside the challenge's dates"))
    }

    private static func form(
        action: String, model: Model, input: ProgrammeSessionInput, errors: FormErrors, csrf: String?, submit: String
    ) -> Node {
        let peers = model.team.map { ($0.value.personId.uuidString.lowercased(), model.directory.personName($0.value.personId)) }
        return .form(
            action: action, method: .post, [],
            FormControls.csrf(csrf),
            FormControls.text("date", label: "Day", value: input.date, error: errors["date"], type: "date"),
            input.asksAboutDates ? datesConfirmation(input) : .empty,
            FormControls.text("start_time", label: "Start time", value: input.startTime, hint: "For example, 09:30", error: errors["start_time"], type: "time"),
            FormControls.text("end_time", label: "End time", value: input.endTime, hint: "For example, 10:30", error: errors["end_time"], type: "time"),
            FormControls.select(
                "kind", label: "Kind of session",
                options: [(value: "", words: "Choose a kind")] + SessionKind.allCases.map { (value: $0.rawValue, words: ChallengePageParts.sessionKind($0)) },
                selected: input.kind, error: errors["kind"]),
            FormControls.text("title", label: "Title", value: input.title, error: errors["title"]),
            FormControls.textArea(
                "met", label: "Who the team met (optional)", value: input.met,
                hint: "Groups or roles, one per line, such as Staff equality network. Do not name residents.", error: errors["met"], rows: 3),
            peers.isEmpty
                ? .empty
                : FormControls.checkboxes(
                    "peer_ids", legend: "Peers who attended (optional)", options: peers.map { (value: $0.0, words: $0.1) },
                    selected: Set(input.peerIds.map { $0.lowercased() }), error: errors["peer_ids"]),
            FormControls.textArea("notes", label: "Notes (optional)", value: input.notes, error: errors["notes"], rows: 3),
            FormControls.submit(submit))
    }
}
