import EquitasCore
import Foundation

/// The people pages: the list (narrowed to one organisation if asked), one person, and
/// the form that adds or changes one.
enum PersonPages {
    static let path = Site.people.path

    static func list(
        _ people: [Identified<Person>], organisations: [Identified<Organisation>], filter: UUID?, context: PageContext
    ) -> PageLayout {
        let names = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) })
        var content: [Node] = [
            .h1([], "People"),
            .p([.class("lead")], "Peers, council contacts and lead officers."),
        ]
        if context.may(.write, .directory) {
            content.append(.p([], .a(href: Site.peopleNew.path, "Add a person")))
        }
        content.append(
            .form(
                action: path, method: .get, [],
                FormControls.select(
                    "organisation_id", label: "Organisation", options: DirectoryQueries.options(organisations, none: "All organisations"),
                    selected: filter?.uuidString.lowercased() ?? ""),
                FormControls.submit("Filter", secondary: true)))
        let shown = filter.flatMap { names[$0]?.value.name }
        if people.isEmpty {
            content.append(.p([], .text(shown.map { "Nobody from \($0) is in the directory." } ?? "There are no people yet.")))
            return PageLayout(title: "People", content: content, currentPath: path)
        }
        let rows = people.map { person in
            let organisation = person.value.organisationId.flatMap { names[$0] }
            return Node.tr(
                [],
                .th(scope: .row, [], .a(href: Site.person.path(person.id), .text(person.value.name))),
                .td([], .text(person.value.jobTitle ?? "Not recorded")),
                .td([], organisation.map { .a(href: Site.organisation.path($0.id), .text($0.value.name)) } ?? "None")
            )
        }
        content.append(
            .table(
                [],
                .caption([], .text(shown.map { "People at \($0)" } ?? "Everyone in the directory")),
                .thead([], .tr([], .th(scope: .col, [], "Name"), .th(scope: .col, [], "Job title"), .th(scope: .col, [], "Organisation"))),
                .tbody([], .fragment(rows))))
        return PageLayout(title: "People", content: content, currentPath: path)
    }

    static func show(_ person: Identified<Person>, organisation: Identified<Organisation>?, context: PageContext, done: String?)
        -> PageLayout
    {
        let value = person.value
        var content: [Node] = [
            DirectoryBreadcrumbs.node([(path, "People")], current: value.name),
            .h1([], .text(value.name)),
            DirectoryNotice.node(done, ["created": "The person has been added.", "updated": "The person's details have been changed."]),
            .dl(
                [.class("summary-list")],
                .dt([], "Job title"), .dd([], .text(value.jobTitle ?? "Not recorded")),
                .dt([], "Organisation"),
                .dd([], organisation.map { .a(href: Site.organisation.path($0.id), .text($0.value.name)) } ?? "None")
            ),
        ]
        if context.may(.write, .directory) {
            content.append(
                .p(
                    [],
                    .a(
                        href: Site.personEdit.path(person.id), "Edit ",
                        .span([.class("visually-hidden")], "the details of "), .text(value.name))))
        }
        return PageLayout(title: value.name, content: content, currentPath: path)
    }

    static func form(
        _ form: PersonForm, organisations: [Identified<Organisation>], errors: FormErrors, editing id: UUID?, csrf: String?
    ) -> PageLayout {
        let heading = id == nil ? "Add a person" : "Edit person"
        let action = id.map { Site.personPost.path($0) } ?? Site.peoplePost.path
        let content: [Node] = [
            errors.summary,
            DirectoryBreadcrumbs.node([(path, "People")], current: heading),
            .h1([], .text(heading)),
            .form(
                action: action, method: .post, [Attribute("novalidate", nil)],
                FormControls.csrf(csrf),
                FormControls.text("name", label: "Full name", value: form.name, error: errors["name"], autocomplete: "off"),
                FormControls.text(
                    "job_title", label: "Job title (optional)", value: form.jobTitle, error: errors["job_title"], autocomplete: "off"),
                FormControls.select(
                    "organisation_id", label: "Organisation", options: DirectoryQueries.options(organisations, none: "None"),
                    selected: form.organisationId.lowercased(), hint: "Where they work or serve", error: errors["organisation_id"]),
                FormControls.submit(id == nil ? "Add person" : "Save changes")),
            .p([], .a(href: action, "Cancel")),
        ]
        return PageLayout(title: errors.titlePrefix + heading, content: content, currentPath: path)
    }
}
