/// The frame every page shares: language, title, a skip link that is the first thing
/// a keyboard reaches, the service header with its navigation, one main landmark and
/// a footer. Views supply only what goes inside `<main>`.
struct PageLayout {
    static let serviceName = "Equitas"

    /// "Published reports – Equitas": the page first, as GOV.UK titles do, so a
    /// screen reader user with many tabs hears what differs.
    var title: String
    var content: [Node]
    /// The path of this page, marked in the navigation with `aria-current`.
    var currentPath: String?
    /// Who is looking: decides the navigation and the sign-out button. Public when nil.
    var context: PageContext? = nil

    static let navigation: [(path: String, words: String)] = [
        (Site.home.path, "Home"), (Site.published.path, "Published reports"), (Site.accreditations.path, "Register of awards"), (Site.library.path, "Library"),
    ]

    /// What a signed-in person can go to, by what their role may see.
    static func navigation(for context: PageContext) -> [(path: String, words: String)] {
        var links: [(path: String, words: String)] = [(Site.dashboard.path, "Dashboard"), (Site.challenges.path, "Challenges")]
        if context.may(.read, .actionPlanRegister) { links.append((Site.actionPlans.path, "Action plans")) }
        if context.may(.read, .directory) { links.append((Site.organisations.path, "Organisations")); links.append((Site.people.path, "People")) }
        if context.may(.read, .accounts) { links.append((Site.accounts.path, "Accounts")) }
        links.append((Site.published.path, "Published reports"))
        links.append((Site.library.path, "Library"))
        return links
    }

    func document() -> Node {
        .html(
            [Attribute("lang", "en-GB")],
            .head(
                [],
                .meta([Attribute("charset", "utf-8")]),
                .meta([Attribute("name", "viewport"), Attribute("content", "width=device-width, initial-scale=1")]),
                .title("\(title) – \(Self.serviceName)"),
                .link([Attribute("rel", "stylesheet"), .href(Stylesheet.path)])),
            .body(
                [],
                .a(href: "#main-content", "Skip to main content", attributes: [.class("skip-link")]),
                header(),
                .main([.id("main-content"), Attribute("tabindex", "-1")], Node.fragment(content).labellingTableCells()),
                .footer(
                    [.class("site-footer")],
                    .p([], "Equitas: equality framework assessments and peer challenges for public bodies."))))
    }

    /// On a wide screen the navigation and the account sit in the header's bar; on a
    /// narrow one they fold into a "Menu" that opens without script (a `<details>`), so
    /// the header takes one line and the page starts near the top. The style sheet shows
    /// one of the two copies at a time; the other is `display: none`, out of the Tab
    /// order and of what a screen reader reads.
    private func header() -> Node {
        let current = currentPath ?? context?.currentPath
        let signedIn = context.map { $0.isSignedIn } ?? false
        let entries = signedIn ? Self.navigation(for: context!) : Self.navigation + [(Site.signIn.path, "Sign in")]
        let links = entries.map { link in
            Node.li([], .a(href: link.path, .text(link.words), attributes: [link.path == current ? .aria("current", "page") : nil]))
        }
        return .header(
            [.class("site-header")],
            .a(href: signedIn ? Site.dashboard.path : Site.home.path, .text(Self.serviceName), attributes: [.class("service-name")]),
            .nav([.aria("label", "Main"), .class("wide-only")], .ul([], .fragment(links))),
            signedIn ? account(context!, narrow: false) : .empty,
            .details(
                [.class("narrow-menu")],
                .summary([], "Menu"),
                .nav([.aria("label", "Main menu")], .ul([], .fragment(links))),
                signedIn ? account(context!, narrow: true) : .empty))
    }

    /// Who is signed in, and the way out: a button in a form, since signing out changes
    /// something and must carry the CSRF token.
    private func account(_ context: PageContext, narrow: Bool) -> Node {
        .div(
            [.class(narrow ? "account" : "account wide-only")],
            .span([], "Signed in as ", .strong([], .text(context.accountName ?? "")), " (\(context.actor.role.label.lowercased()))"),
            .form(
                action: Site.signOutPost.path, method: .post, [.class("inline-form")],
                FormControls.csrf(context.csrfToken),
                .button([Attribute("type", "submit"), .class("link-button")], "Sign out")))
    }

    /// The whole page as sent: the doctype, then the document.
    func render() -> String {
        "<!doctype html>\n" + document().render()
    }
}
