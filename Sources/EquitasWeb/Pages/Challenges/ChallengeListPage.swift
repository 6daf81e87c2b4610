import EquitasCore
import Foundation

/// The challenges a person may see, newest first, with the way to set up another for
/// those who run challenges.
enum ChallengeListPage {
    struct Row {
        var id: UUID
        /// The councils and the dates, which tell one council's challenges apart.
        var name: String
        var framework: String
        var status: ChallengeStatus
        var dates: String
    }

    static func layout(_ rows: [Row], maySetUp: Bool, done: String?) -> PageLayout {
        PageLayout(
            title: "Challenges",
            content: [
                ChallengePageParts.notification(done),
                .h1([], "Challenges"),
                maySetUp ? .p([], .a(href: Site.challengesNew.path, "Set up a new challenge")) : .empty,
                maySetUp ? .p([], .a(href: ReportImportPage.path, "Import a past report")) : .empty,
                rows.isEmpty ? .p([], "There are no challenges for you to see yet.") : table(rows),
            ])
    }

    private static func table(_ rows: [Row]) -> Node {
        .table(
            [],
            .caption([], "Challenges you can see, newest first"),
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Challenge"), .th(scope: .col, [], "Framework"), .th(scope: .col, [], "Status"),
                    .th(scope: .col, [], "Dates"))),
            .tbody(
                [],
                .fragment(rows.map { row in
                    .tr(
                        [],
                        .th(scope: .row, [], .a(href: Site.challenge.path(row.id), .text(row.name))),
                        .td([], .text(row.framework)),
                        .td([], .text(ChallengePageParts.status(row.status))),
                        .td([], .text(row.dates)))
                })))
    }
}
