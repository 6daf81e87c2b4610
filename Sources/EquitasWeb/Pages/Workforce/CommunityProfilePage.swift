import EquitasCore
import Foundation
import Vapor

/// `/organisations/{id}/workforce/community-profile`: the census shares of the council's
/// area, one table per characteristic, and the form that replaces them from a CSV file.
struct CommunityProfilePage {
    struct Form: Content {
        var file: File?
        var area: String?
        var source: String?
    }

    var organisation: Identified<Organisation>
    var profile: CommunityProfile?
    var mayWrite: Bool
    var csrf: String?
    var errors = FormErrors()
    var area: String?
    var source: String?
    var done: String?

    func layout() -> PageLayout {
        let id = organisation.id
        var content: [Node] = [
            errors.summary,
            DirectoryBreadcrumbs.node(
                [(OrganisationPages.path, "Organisations"), (WorkforcePaths.organisation(id), organisation.value.name), (WorkforcePaths.base(id), "Workforce")],
                current: "Community profile"),
            .h1([], .text("Community profile: \(organisation.value.name)")),
            DirectoryNotice.node(done, ["saved": "The community profile has been stored."]),
        ]
        if let profile {
            content.append(.p([.class("lead")], .text("\(profile.area), from \(profile.source).")))
            for characteristic in profile.characteristics {
                content.append(table(characteristic, profile))
            }
        } else {
            content.append(.p([], "There is no community profile yet. Upload one to compare the workforce with the people the council serves."))
        }
        if mayWrite {
            content += [.h2([], profile == nil ? "Upload a community profile" : "Replace the community profile"), form()]
        }
        return PageLayout(title: errors.titlePrefix + "Community profile: \(organisation.value.name)", content: content, currentPath: OrganisationPages.path)
    }

    private func table(_ characteristic: String, _ profile: CommunityProfile) -> Node {
        let words = characteristic.replacingOccurrences(of: "_", with: " ").capitalized
        let rows = profile.entries.filter { $0.characteristic == characteristic }.map { entry in
            Node.tr([], .th(scope: .row, [], .text(entry.group)), .td([], .text(PayGapTables.percent(entry.percent))))
        }
        return .table(
            [],
            .caption([], .text("\(words): share of the area's people")),
            .thead([], .tr([], .th(scope: .col, [], "Group"), .th(scope: .col, [], "Percentage"))),
            .tbody([], .fragment(rows)))
    }

    private func form() -> Node {
        .form(
            action: WorkforcePaths.communityProfile(organisation.id), method: .post,
            [Attribute("enctype", "multipart/form-data"), Attribute("novalidate", nil)],
            FormControls.csrf(csrf),
            FormControls.file(
                "file", label: "Community profile (CSV)",
                hint: "Columns characteristic, group, percent, such as “ethnicity,Asian or Asian British,7.4”. Each characteristic must add up to 100.",
                error: errors["file"], accept: ".csv,text/csv"),
            FormControls.text("area", label: "Area", value: area ?? profile?.area, hint: "Such as Wyvern Vale district", error: errors["area"]),
            FormControls.text("source", label: "Source", value: source ?? profile?.source, hint: "Such as Census 2021 (ONS)", error: errors["source"]),
            FormControls.submit("Upload the community profile"))
    }

    /// Each bad line of the file beside the file field, up to the usual limit.
    static func errors(_ failures: [ValidationFailure]) -> FormErrors {
        let count = failures.count
        var errors = FormErrors("file", "The file has \(count) \(count == 1 ? "problem" : "problems"); nothing was stored")
        for failure in failures.prefix(WorkforceUploadForm.listedProblems) { errors.add("file", FormErrors.sentence(failure.description)) }
        if count > WorkforceUploadForm.listedProblems { errors.add("file", "And \(count - WorkforceUploadForm.listedProblems) more not listed here") }
        return errors
    }
}
