import EquitasCore
import EquitasRender
import Foundation

/// `/organisations/{id}/workforce/equality-report`: the annual equality information
/// report previewed in the page, with links to download it as Word, HTML or Markdown.
/// The preview is the report renderer's HTML, where every piece of text is escaped.
struct EqualityReportPage {
    var organisation: Identified<Organisation>
    var document: ReportDocument

    static let pageIDs = ["main-content", "downloads-heading", "preview-heading"]

    func layout() -> PageLayout {
        let id = organisation.id
        let title = "Equality information report"
        let downloads: [(ReportFormat, String)] = [(.docx, "Word (.docx)"), (.pdf, "PDF (.pdf)"), (.html, "Web page (.html)"), (.md, "Markdown (.md)")]
        let content: [Node] = [
            DirectoryBreadcrumbs.node(
                [(OrganisationPages.path, "Organisations"), (WorkforcePaths.organisation(id), organisation.value.name), (WorkforcePaths.base(id), "Workforce")],
                current: title),
            .h1([], .text(title)),
            .p([], .text("The information the Public Sector Equality Duty asks a council to publish each year, built from its staff "
                + "lists, community profile and impact assessment register. " + organisation.value.disclosureControl.rule)),
            .section(
                [.aria("labelledby", "downloads-heading")],
                .h2([.id("downloads-heading")], "Download"),
                .ul([], .fragment(downloads.map { format, words in
                    .li([], .a(href: Site.organisationWorkforceEqualityReportDownload.path(id) + "?format=\(format.rawValue)", .text("Download as \(words)")))
                }))),
            .section(
                [.aria("labelledby", "preview-heading"), .class("report-fragment")],
                .h2([.id("preview-heading")], "Preview"),
                .raw(HTMLSectionsFragment.render(document.sections, depth: 1, reserved: Self.pageIDs))),
        ]
        return PageLayout(title: title + ": " + organisation.value.name, content: content, currentPath: OrganisationPages.path)
    }
}
