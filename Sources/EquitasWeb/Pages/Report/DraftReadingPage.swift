import EquitasCore
import EquitasRender
import Foundation

/// The draft as issued, in full, to read and comment on where one reads it: beside each
/// section, finding and recommendation a "Comment on this" link to a form for that part
/// alone. Plain links, so nothing needs script; the report's HTML is the renderer's own
/// (every piece of text escaped there), and the links are built here with the node
/// builder and placed by the renderer's annotations.
enum DraftReadingPage {
    static func path(_ challengeId: UUID) -> String { Site.challengeReportReading.path(challengeId) }

    static let pageIDs = ["main-content", "reading-heading"]

    static func layout(_ data: DraftReadingData) -> PageLayout {
        guard let version = data.version, let framework = data.framework else {
            return PageLayout(
                title: "The report: \(data.work.title)",
                content: [data.work.breadcrumbs("Read the report"), .h1([], "The report"), .p([], "No version of the report has been issued yet.")])
        }
        let heading = FormErrors.sentence(version.label)
        let document = ReportBuilder.build(version.snapshot, framework: framework, edition: version.edition, secondFramework: data.secondFramework)
        let annotations = data.commentable ? commentLinks(data.work, version) : nil
        let body = HTMLSectionsFragment.render(document.sections, reserved: pageIDs, annotations: annotations)
        return PageLayout(
            title: "\(heading): \(data.work.title)",
            content: [
                data.work.breadcrumbs(heading),
                .h1([.id("reading-heading")], .text(heading)),
                StatusMessage.node(data.done == "added" ? "Comment added" : nil),
                .p(
                    [.class("lead")],
                    .text("Issued on \(version.issuedOn.longForm) by \(version.issuedBy). "
                        + (data.commentable ? "Comment on any section, finding or recommendation as you read." : ""))),
                .p([], .a(href: Site.challengeComments.path(data.work.id), "All comments on the drafts")),
                .div([.class("report-fragment draft-reading")], .raw(body)),
            ])
    }

    /// The link for a section goes after its heading; for a finding or recommendation,
    /// after its text. Each names what it comments on for a screen reader, and has an id
    /// so that adding a comment comes back to the place it was made.
    static func commentLinks(_ work: PeerWorkRecord, _ version: ReportVersion) -> HTMLAnnotations {
        let kinds = DraftReadingData.anchorKinds(version)
        let base = Site.challengeCommentsNew.path(work.id)
        return HTMLAnnotations(
            section: { section in
                link(base, ReportAnchor(kind: .section, id: section.id), about: "section: " + section.numberedTitle)
            },
            item: { id in
                guard let kind = kinds[id.lowercased()] else { return nil }
                return link(base, ReportAnchor(kind: kind, id: id.lowercased()), about: kind.rawValue)
            })
    }

    static func link(_ base: String, _ anchor: ReportAnchor, about: String) -> String {
        let value = ReportAnchorWords.value(anchor)
        return Node.span(
            [.class("comment-on")],
            .a(
                href: base + "?on=" + (value.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? value),
                "Comment on this", .span([.class("visually-hidden")], .text(" " + about)),
                attributes: [.id(linkID(anchor))])
        ).render()
    }

    /// "comment-on-finding-6f1e…": where the page is opened again after a comment.
    static func linkID(_ anchor: ReportAnchor) -> String {
        let safe = anchor.id.lowercased().map { $0.isLetter || $0.isNumber || $0 == "-" ? String($0) : "-" }.joined()
        return "comment-on-\(anchor.kind.rawValue)-\(safe)"
    }
}
