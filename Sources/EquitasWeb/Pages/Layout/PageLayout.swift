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

    static let navigation: [(path: String, words: String)] = [
        ("/", "Home"), ("/published", "Published reports"), ("/accreditations", "Register of awards"),
    ]

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
                .main([.id("main-content"), Attribute("tabindex", "-1")], .fragment(content)),
                .footer(
                    [.class("site-footer")],
                    .p([], "Equitas: equality framework assessments and peer challenges for public bodies."))))
    }

    private func header() -> Node {
        let links = Self.navigation.map { link in
            Node.li([], .a(href: link.path, .text(link.words), attributes: [link.path == currentPath ? .aria("current", "page") : nil]))
        }
        return .header(
            [.class("site-header")],
            .a(href: "/", .text(Self.serviceName), attributes: [.class("service-name")]),
            .nav([.aria("label", "Main")], .ul([], .fragment(links))))
    }

    /// The whole page as sent: the doctype, then the document.
    func render() -> String {
        "<!doctype html>\n" + document().render()
    }
}
