import EquitasCore
import Foundation

/// The administrator's account pages: every account with a button to disable or enable
/// it, and the form that makes a new one.
enum AccountPages {
    static let path = Site.accounts.path

    struct Row: Sendable {
        var account: Identified<Account>
        var council: String?
        var disabled: Bool
    }

    static func list(_ rows: [Row], context: PageContext, done: String?) -> PageLayout {
        let messages = [
            "created": "The account has been made. Give the person their password by a safe route; they can then sign in.",
            "disabled": "The account has been disabled and signed out everywhere.",
            "enabled": "The account has been enabled again.",
        ]
        var content: [Node] = [
            .h1([], "Accounts"),
            DirectoryNotice.node(done, messages),
            .p([.class("lead")], "Everyone who can sign in, and what their role lets them do."),
            .p([], .a(href: Site.accountsNew.path, "Add an account")),
        ]
        let body = rows.map { row(for: $0, context: context) }
        content.append(
            .table(
                [],
                .caption([.class("visually-hidden")], "Accounts, by email address"),
                .thead(
                    [],
                    .tr(
                        [], .th(scope: .col, [], "Email"), .th(scope: .col, [], "Name"), .th(scope: .col, [], "Role"),
                        .th(scope: .col, [], "Council"), .th(scope: .col, [], "Status"), .th(scope: .col, [], "Action"))),
                .tbody([], .fragment(body))))
        return PageLayout(title: "Accounts", content: content, currentPath: path)
    }

    private static func row(for row: Row, context: PageContext) -> Node {
        let value = row.account.value
        let own = row.account.id == context.actor.accountId
        let action = (row.disabled ? Site.accountEnablePost : Site.accountDisablePost).path(row.account.id)
        let button: Node =
            own
            ? .text("This is you")
            : .form(
                action: action, method: .post, [.class("inline-form")],
                FormControls.csrf(context.csrfToken),
                .button(
                    [Attribute("type", "submit"), .class(row.disabled ? "button-secondary" : "button-warning")],
                    .text(row.disabled ? "Enable" : "Disable"), .span([.class("visually-hidden")], " the account of \(value.email)")))
        return .tr(
            [],
            .th(scope: .row, [], .text(value.email)),
            .td([], .text(value.name)),
            .td([], .text(value.role.label)),
            .td([], .text(row.council ?? "None")),
            .td([], .strong([.class(row.disabled ? "tag tag-overdue" : "tag")], row.disabled ? "Disabled" : "Active")),
            .td([], button))
    }

    static func form(
        _ form: AccountForm, organisations: [Identified<Organisation>], people: [Identified<Person>], errors: FormErrors, csrf: String?
    ) -> PageLayout {
        let heading = "Add an account"
        let roles = AccountForm.roles.map { ($0.rawValue, $0.label) }
        let persons = [("", "None")] + people.map { ($0.id.uuidString.lowercased(), $0.value.name) }
        let content: [Node] = [
            errors.summary,
            DirectoryBreadcrumbs.node([(path, "Accounts")], current: heading),
            .h1([], .text(heading)),
            .form(
                action: path, method: .post, [Attribute("novalidate", nil)],
                FormControls.csrf(csrf),
                FormControls.text(
                    "email", label: "Email address", value: form.email, hint: "They sign in with this", error: errors["email"],
                    type: "email",
                    autocomplete: "off"),
                FormControls.text("name", label: "Full name", value: form.name, error: errors["name"], autocomplete: "off"),
                FormControls.radios(
                    "role", legend: "Role", options: roles, selected: form.role,
                    hint:
                        "Review managers run challenges; peers see the challenges whose team they are on; council officers and councillors see their own council's work.",
                    error: errors["role"]),
                FormControls.select(
                    "organisation_id", label: "Council", options: DirectoryQueries.options(organisations, none: "Not a council role"),
                    selected: form.organisationId.lowercased(), hint: "For council officers and councillors: the council they belong to",
                    error: errors["organisation_id"]),
                FormControls.select(
                    "person_id", label: "Person record", options: persons, selected: form.personId.lowercased(),
                    hint: "For peers: the person in the directory whose challenge teams they see", error: errors["person_id"]),
                FormControls.text(
                    "password", label: "Initial password",
                    hint: "At least \(PasswordRule.minimumLength) characters. Tell the person by a safe route.",
                    error: errors["password"], type: "password", autocomplete: "new-password"),
                FormControls.text(
                    "password_confirmation", label: "Type the password again", error: errors["password_confirmation"], type: "password",
                    autocomplete: "new-password"),
                FormControls.submit("Add account")),
            .p([], .a(href: path, "Cancel")),
        ]
        return PageLayout(title: errors.titlePrefix + heading, content: content, currentPath: path)
    }
}
