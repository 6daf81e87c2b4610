import EquitasCore
import Foundation

/// The organisation pages: the list, one organisation with its people, and the form
/// that adds or changes one.
enum OrganisationPages {
    static let path = Site.organisations.path

    static func list(_ organisations: [Identified<Organisation>], context: PageContext) -> PageLayout {
        var content: [Node] = [
            .h1([], "Organisations"),
            .p([.class("lead")], "Councils and the other public bodies that take part in challenges or send peers."),
        ]
        if context.may(.write, .directory) {
            content.append(.p([], .a(href: Site.organisationsNew.path, "Add an organisation")))
        }
        if organisations.isEmpty {
            content.append(.p([], "There are no organisations yet."))
        } else {
            content.append(table(organisations))
        }
        return PageLayout(title: "Organisations", content: content, currentPath: path)
    }

    private static func table(_ organisations: [Identified<Organisation>]) -> Node {
        let rows = organisations.map { organisation in
            Node.tr(
                [],
                .th(scope: .row, [], .a(href: Site.organisation.path(organisation.id), .text(organisation.value.name))),
                .td([], .text(organisation.value.type.directoryLabel)),
                .td([], .text(organisation.value.onsCode ?? "Not recorded")))
        }
        return .table(
            [],
            .caption([.class("visually-hidden")], "Organisations, by name"),
            .thead([], .tr([], .th(scope: .col, [], "Name"), .th(scope: .col, [], "Type"), .th(scope: .col, [], "ONS area code"))),
            .tbody([], .fragment(rows)))
    }

    static func show(
        _ organisation: Identified<Organisation>, people: [Identified<Person>], context: PageContext, done: String?
    ) -> PageLayout {
        let value = organisation.value
        var content: [Node] = [
            DirectoryBreadcrumbs.node([(path, "Organisations")], current: value.name),
            .h1([], .text(value.name)),
            DirectoryNotice.node(done, ["created": "The organisation has been added.", "updated": "The organisation has been changed."]),
            .dl(
                [.class("summary-list")],
                .dt([], "Type"), .dd([], .text(value.type.directoryLabel)),
                .dt([], "ONS area code"), .dd([], .text(value.onsCode ?? "Not recorded")),
                .dt([], "Disclosure threshold"), .dd([], .text(Self.threshold(value)))),
        ]
        if context.may(.read, .organisationData(organisationId: organisation.id, area: .impactAssessments)) {
            content.append(.p([], .a(href: Site.organisationImpactAssessments.path(organisation.id), "Impact assessments of ", .text(value.name))))
        }
        if context.may(.read, .organisationData(organisationId: organisation.id, area: .equalityObjectives)) {
            content.append(.p([], .a(href: EqualityObjectivePaths.register(organisation.id), "Equality objectives of ", .text(value.name))))
        }
        let writes = context.may(.write, .directory)
        if writes {
            content.append(
                .p([], .a(href: Site.organisationEdit.path(organisation.id), "Edit ", .span([.class("visually-hidden")], "the details of "), .text(value.name))))
        }
        if context.may(.read, .organisationData(organisationId: organisation.id, area: .workforce)) {
            content.append(.p([], .a(href: WorkforcePaths.base(organisation.id), "Workforce, pay gaps and community profile")))
        }
        content.append(.h2([.id("people-heading")], "People"))
        if people.isEmpty {
            content.append(.p([], "Nobody from this organisation is in the directory yet."))
        } else {
            let rows = people.map { person in
                Node.tr(
                    [],
                    .th(scope: .row, [], .a(href: Site.person.path(person.id), .text(person.value.name))),
                    .td([], .text(person.value.jobTitle ?? "Not recorded")))
            }
            content.append(
                .table(
                    [.aria("labelledby", "people-heading")],
                    .thead([], .tr([], .th(scope: .col, [], "Name"), .th(scope: .col, [], "Job title"))),
                    .tbody([], .fragment(rows))))
        }
        if writes {
            let add = Site.peopleNew.path + "?organisation_id=" + organisation.id.uuidString.lowercased()
            content.append(.p([], .a(href: add, "Add a person at ", .text(value.name))))
        }
        return PageLayout(title: value.name, content: content, currentPath: path)
    }

    /// Adding (no id) or editing an organisation.
    static func form(_ form: OrganisationForm, errors: FormErrors, editing id: UUID?, csrf: String?) -> PageLayout {
        let heading = id == nil ? "Add an organisation" : "Edit organisation"
        let action = id.map { Site.organisationPost.path($0) } ?? Site.organisationsPost.path
        let back = id.map { Site.organisation.path($0) } ?? path
        let types = [("", "Choose a type")] + OrganisationType.allCases.map { ($0.rawValue, $0.directoryLabel) }
        let content: [Node] = [
            errors.summary,
            DirectoryBreadcrumbs.node([(path, "Organisations")], current: heading),
            .h1([], .text(heading)),
            .form(
                action: action, method: .post, [Attribute("novalidate", nil)],
                FormControls.csrf(csrf),
                FormControls.text("name", label: "Name", value: form.name, error: errors["name"], autocomplete: "organization"),
                FormControls.select("type", label: "Type", options: types, selected: form.type, error: errors["type"]),
                FormControls.text(
                    "ons_code", label: "ONS area code (optional)", value: form.onsCode,
                    hint: "A letter and eight digits, such as E07000037", error: errors["ons_code"], width: "short"),
                FormControls.text(
                    "disclosure_threshold", label: "Disclosure threshold (optional)", value: form.disclosureThreshold,
                    hint: "The fewest people a published figure about its staff may rest on: \(DisclosureControl.lowestThreshold) or more. Leave it empty for the default, \(DisclosureControl.defaultThreshold).",
                    error: errors["disclosure_threshold"], width: "short"),
                FormControls.submit(id == nil ? "Add organisation" : "Save changes")),
            .p([], .a(href: back, "Cancel")),
        ]
        return PageLayout(title: errors.titlePrefix + heading, content: content, currentPath: path)
    }

    /// The threshold in words, saying whether it is the council's own choice.
    static func threshold(_ organisation: Organisation) -> String {
        let control = organisation.disclosureControl
        let chosen = organisation.disclosureThreshold == nil ? " (the default)" : " (this organisation's choice)"
        return "Figures about \(control.fewerThan) people are not published" + chosen
    }
}
