import EquitasCore
import Foundation

/// `/organisations/{id}/workforce/snapshots/{date}`: the snapshot, and its pay gaps by
/// sex, ethnicity and disability. Figures only: no employee's row is ever shown.
struct WorkforceSnapshotPage {
    var organisation: Identified<Organisation>
    var snapshot: Identified<WorkforceSnapshot>
    var bySex: GenderPayGapReport
    var byEthnicity: GroupPayGapReport
    var byDisability: GroupPayGapReport
    var mayWrite: Bool
    var csrf: String?

    func layout() -> PageLayout {
        let id = organisation.id
        let value = snapshot.value
        let title = "Workforce at \(value.date.longForm)"
        var content: [Node] = [
            DirectoryBreadcrumbs.node(
                [(OrganisationPages.path, "Organisations"), (WorkforcePaths.organisation(id), organisation.value.name), (WorkforcePaths.base(id), "Workforce")],
                current: value.date.longForm),
            .h1([], .text(title)),
            .dl(
                [.class("summary-list")],
                .dt([], "Council"), .dd([], .text(organisation.value.name)),
                .dt([], "Staff"), .dd([], .text(String(value.staffCount))),
                .dt([], "File"), .dd([], .text(value.sourceFilename ?? "Not recorded")),
                .dt([], "Further characteristics"), .dd([], .text(value.otherCharacteristics.isEmpty ? "None" : value.otherCharacteristics.joined(separator: ", ")))),
            .p([], .text("Worked out by the statutory method (see the pay gap notes). " + organisation.value.disclosureControl.rule)),
            .h2([], "Gender pay gap"),
            PayGapTables.sex(bySex),
            .h2([], "Ethnicity pay gap"),
            PayGapTables.group(byEthnicity),
            .h2([], "Disability pay gap"),
            PayGapTables.group(byDisability),
        ]
        if mayWrite {
            content += [
                .h2([], "Delete this snapshot"),
                .p([], "Deleting removes the staff list stored at this date. It cannot be undone."),
                FormControls.postButton("Delete the snapshot at \(value.date.longForm)", action: WorkforcePaths.deleteSnapshot(id, value.date), csrf: csrf, warning: true),
            ]
        }
        return PageLayout(title: title + ": " + organisation.value.name, content: content, currentPath: OrganisationPages.path)
    }
}
