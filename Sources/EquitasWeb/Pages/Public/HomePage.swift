/// The front door: what Equitas is and where the public can go. Signing in will
/// start here too.
enum HomePage {
    static func layout() -> PageLayout {
        PageLayout(
            title: "Equality assessments and peer challenges",
            content: [
                .h1([], "Equality assessments and peer challenges"),
                .p(
                    [.class("lead")],
                    "Equitas runs equality framework assessments and peer challenges for UK public bodies."),
                .p(
                    [],
                    .text(
                        "A council, or several councils together, assesses itself against an equality framework. "
                            + "A team of peers tests that assessment, records what it finds and recommends what to do next. "
                            + "The final report is published and each council answers it with an action plan.")),
                .h2([], "Read the results"),
                .ul(
                    [],
                    .li([], .a(href: PublishedPage.path, "Published reports"), ": final reports of finished challenges."),
                    .li([], .a(href: AccreditationsPage.path, "Register of awards"), ": which councils hold which level, and until when."),
                    .li([], .a(href: LibraryPageController.path, "Library"), ": search the findings and recommendations of published challenges for practice to learn from.")),
            ],
            currentPath: "/")
    }
}
