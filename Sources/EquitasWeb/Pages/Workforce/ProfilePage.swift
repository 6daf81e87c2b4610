import EquitasCore
import EquitasRender
import Foundation

/// `/organisations/{id}/workforce/profile`: the staff by characteristic and by grade,
/// beside the community, with disclosure rates flagged and trends across snapshots.
/// The charts and tables are the report renderer's own HTML (every piece of text
/// escaped there), placed in the page as they are; nothing typed by a user is raw.
struct ProfilePage {
    var organisation: Identified<Organisation>
    var snapshots: [CalendarDate]
    /// Nil when the council has no snapshots yet.
    var overview: WorkforceOverview?
    var community: CommunityProfile?

    static let pageIDs = ["main-content", "snapshot-choice", "field-snapshot", "disclosure-heading"]

    func layout() -> PageLayout {
        let id = organisation.id
        let title = "Workforce profile"
        var content: [Node] = [
            DirectoryBreadcrumbs.node(
                [(OrganisationPages.path, "Organisations"), (WorkforcePaths.organisation(id), organisation.value.name), (WorkforcePaths.base(id), "Workforce")],
                current: title),
            .h1([], .text(title)),
        ]
        guard let overview else {
            content.append(.p([], "There are no staff figures yet. ", .a(href: WorkforcePaths.base(id), "Upload a staff list"), " to see the profile."))
            return PageLayout(title: title + ": " + organisation.value.name, content: content, currentPath: OrganisationPages.path)
        }
        content.append(.p([], .text("\(organisation.value.name) had \(overview.headcount) staff on \(overview.snapshotDate.longForm). "
            + overview.disclosureControl.rule)))
        if snapshots.count > 1 {
            content.append(.form(
                action: WorkforcePaths.profile(id), method: .get, [.id("snapshot-choice")],
                FormControls.select("snapshot", label: "Snapshot", options: snapshots.reversed().map { ($0.description, $0.longForm) },
                                    selected: overview.snapshotDate.description),
                FormControls.submit("Show this snapshot", secondary: true)))
        }
        content.append(disclosure(overview))
        content.append(.p([], .a(href: WorkforcePaths.equalityReport(id), "Equality information report"),
                          " · ", .a(href: WorkforcePaths.communityProfile(id), "Community profile")))
        let sections = EqualityInformationReportBuilder.profileSections(overview, community: community)
        content.append(.div([.class("report-fragment")], .raw(HTMLSectionsFragment.render(sections, reserved: Self.pageIDs))))
        return PageLayout(title: title + ": " + organisation.value.name, content: content, currentPath: OrganisationPages.path)
    }

    /// Each characteristic's disclosure rate, those under the threshold said in words.
    func disclosure(_ overview: WorkforceOverview) -> Node {
        let threshold = PercentText.percent(overview.disclosureThreshold)
        let rows = overview.profiles.map { profile -> Node in
            let rate = profile.disclosureRate.map(PercentText.percent) ?? "No figure"
            return .tr([], .th(scope: .row, [], .text(profile.label)), .td([], .text(rate)),
                       .td([], .text(profile.belowThreshold ? "Below \(threshold): read with care" : "At or above \(threshold)")))
        }
        return .section(
            [.aria("labelledby", "disclosure-heading")],
            .h2([.id("disclosure-heading")], "How many staff told us"),
            .table(
                [],
                .caption([], .text("Disclosure rate by characteristic on \(overview.snapshotDate.longForm)")),
                .thead([], .tr([], .th(scope: .col, [], "Characteristic"), .th(scope: .col, [], "Told us"), .th(scope: .col, [], "Against the threshold"))),
                .tbody([], .fragment(rows))))
    }
}
