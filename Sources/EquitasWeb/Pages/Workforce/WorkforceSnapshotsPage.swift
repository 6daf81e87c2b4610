import EquitasCore
import Foundation

/// `/organisations/{id}/workforce`: the council's snapshots, links to what is made from
/// them, and (for those who may change them) the upload form.
struct WorkforceSnapshotsPage {
    var organisation: Identified<Organisation>
    var snapshots: [Identified<WorkforceSnapshot>]
    var hasCommunityProfile: Bool
    var mayWrite: Bool
    var csrf: String?
    var errors = FormErrors()
    var date: String?
    var done: String?

    func layout() -> PageLayout {
        let id = organisation.id
        let name = organisation.value.name
        var content: [Node] = [
            errors.summary,
            DirectoryBreadcrumbs.node([(OrganisationPages.path, "Organisations"), (WorkforcePaths.organisation(id), name)], current: "Workforce"),
            .h1([], .text("Workforce: \(name)")),
            DirectoryNotice.node(done, ["imported": "The staff list has been stored.", "deleted": "The snapshot has been deleted."]),
            .p([.class("lead")], "Anonymised staff lists as they stood on a date, and what is worked out from them: pay gaps, the workforce profile against the community, and the equality information report."),
            .ul(
                [],
                .li([], .a(href: WorkforcePaths.profile(id), "Workforce profile, disclosure and trends")),
                .li([], .a(href: WorkforcePaths.communityProfile(id), hasCommunityProfile ? "Community profile" : "Community profile (none yet)")),
                .li([], .a(href: WorkforcePaths.equalityReport(id), "Equality information report"))),
            .h2([.id("snapshots-heading")], "Snapshots"),
        ]
        if snapshots.isEmpty {
            content.append(.p([], "No staff list has been stored yet."))
        } else {
            content.append(table())
        }
        if mayWrite {
            content += [
                .h2([], "Upload a staff list"),
                .p([], "The whole list is checked first. If any cell is wrong, every problem is listed and nothing is stored."),
                WorkforceUploadForm.node(organisationId: id, csrf: csrf, date: date, errors: errors),
            ]
        }
        return PageLayout(title: errors.titlePrefix + "Workforce: \(name)", content: content, currentPath: OrganisationPages.path)
    }

    private func table() -> Node {
        let rows = snapshots.reversed().map { snapshot in
            Node.tr(
                [],
                .th(scope: .row, [], .a(href: WorkforcePaths.snapshot(organisation.id, snapshot.value.date), .text(snapshot.value.date.longForm))),
                .td([], .text(String(snapshot.value.staffCount))),
                .td([], .text(snapshot.value.sourceFilename ?? "Not recorded")),
                .td([], .text(snapshot.value.otherCharacteristics.isEmpty ? "None" : snapshot.value.otherCharacteristics.joined(separator: ", "))))
        }
        return .table(
            [],
            .caption([], "Workforce snapshots, newest first"),
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Snapshot date"), .th(scope: .col, [], "Staff"), .th(scope: .col, [], "File"),
                    .th(scope: .col, [], "Further characteristics"))),
            .tbody([], .fragment(rows)))
    }
}
