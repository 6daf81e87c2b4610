import EquitasCore
import EquitasRender
import Foundation

/// The report of one challenge: the working copy to preview and download, the versions
/// issued, the buttons that issue the next one, and, once the report is final, the way
/// to start the council's action plan.
enum ReportPage {
    static func layout(_ data: ReportPageData) -> PageLayout {
        let heading = "Report"
        return PageLayout(
            title: "\(heading): \(data.work.title)",
            content: [
                data.work.breadcrumbs(heading),
                .h1([], .text(heading)),
                notification(data.done),
                .p([.class("lead")], .text("The challenge is in \(data.status.label).")),
                data.mayReadWorkingCopy ? workingCopy(data) : .empty,
                feedback(data),
                versions(data),
                issuing(data),
                actionPlans(data),
                .p([], .a(href: Site.challengeComments.path(data.work.id), "Comments on the drafts")),
            ])
    }

    private static func notification(_ done: String?) -> Node {
        let words: String? = switch done {
        case "draft": "Draft issued for the council's comments"
        case "final": "Final report issued"
        case "feedback": "Feedback recorded: the council can now have the deck as it was presented"
        default: nil
        }
        return StatusMessage.node(words)
    }

    static func downloadPath(_ work: PeerWorkRecord, version: String, format: ReportFormat) -> String {
        Site.challengeReportDownload.path(work.id) + "?version=\(version)&format=\(format.rawValue)"
    }

    private static func workingCopy(_ data: ReportPageData) -> Node {
        let links = ReportFormatWords.order.map { format in
            Node.li([], .a(href: downloadPath(data.work, version: "working", format: format), .text("Download the working copy as " + ReportFormatWords.name(format))))
        }
        return .section(
            [.aria("labelledby", "working-heading")],
            .h2([.id("working-heading")], "Working copy"),
            .p([], "The report as it stands today, built from the findings and recommendations recorded so far."),
            .ul(
                [],
                .li([], .a(href: Site.challengeReportPreview.path(data.work.id), "Preview the working copy")),
                .fragment(links)))
    }

    /// The deck as it was presented on the last day, and for the review manager the way
    /// to record that it was.
    private static func feedback(_ data: ReportPageData) -> Node {
        if let feedback = data.feedback {
            return .section(
                [.aria("labelledby", "feedback-heading")],
                .h2([.id("feedback-heading")], "Feedback on the last day"),
                .p([], .text("Given on \(feedback.givenOn.longForm), recorded by \(feedback.recordedBy).")),
                .p([], .a(href: Site.challengeFeedbackDeck.path(data.work.id), "Download the feedback deck as presented (PowerPoint)")))
        }
        guard data.mayRecordFeedback else { return .empty }
        return .section(
            [.aria("labelledby", "feedback-heading")],
            .h2([.id("feedback-heading")], "Feedback on the last day"),
            .p([], "Once you record that the feedback was given, the council can download the deck as it stands now; the team's later work stays with the team until a draft is issued."),
            .form(
                action: Site.challengeFeedbackPost.path(data.work.id), method: .post, [],
                FormControls.csrf(data.csrf),
                FormControls.text("given_on", label: "Date the feedback was given", value: nil, error: nil, type: "date"),
                FormControls.submit("Record that the feedback was given")))
    }

    private static func versions(_ data: ReportPageData) -> Node {
        guard !data.versions.isEmpty else {
            return .fragment([.h2([], "Issued versions"), .p([], "No version has been issued yet.")])
        }
        let rows = data.versions.map { version in
            Node.tr(
                [],
                .th(scope: .row, [], .text("\(version.number)")),
                .td([], .text(version.kind == .draft ? "Draft" : "Final")),
                .td([], .text(version.issuedOn.longForm)),
                .td([], .text(version.issuedBy)),
                .td([], .text("\(version.comments.total) (\(version.comments.unresolved) open)")),
                .td(
                    [],
                    .ul(
                        [],
                        .fragment(
                            ReportFormatWords.order.map { format in
                                .li(
                                    [],
                                    .a(
                                        href: downloadPath(data.work, version: "\(version.number)", format: format),
                                        .text(ReportFormatWords.name(format)),
                                        .span([.class("visually-hidden")], .text(" of version \(version.number)"))))
                            }))))
        }
        return .table(
            [],
            .caption([], "Issued versions"),
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Version"), .th(scope: .col, [], "Kind"), .th(scope: .col, [], "Issued"),
                    .th(scope: .col, [], "Issued by"), .th(scope: .col, [], "Comments"), .th(scope: .col, [], "Download"))),
            .tbody([], .fragment(rows)))
    }

    private static func issuing(_ data: ReportPageData) -> Node {
        guard data.mayIssue else { return .empty }
        var parts: [Node] = [.h2([], "Issue the report")]
        if data.mayIssueDraft {
            parts.append(FormControls.postButton("Issue a draft for the council's comments", action: Site.challengeReportDraftPost.path(data.work.id), csrf: data.csrf))
        }
        if data.mayIssueFinal {
            parts.append(FormControls.postButton("Issue the final report", action: Site.challengeReportFinalPost.path(data.work.id), csrf: data.csrf))
        } else if data.status == .councilReview, let blocker = data.finalBlocker {
            parts.append(.p([], .text("The final report cannot be issued yet: " + blocker + ".")))
        }
        guard parts.count > 1 else { return .empty }
        return .fragment(parts)
    }

    private static func actionPlans(_ data: ReportPageData) -> Node {
        guard data.status == .final || data.status == .published else { return .empty }
        let existing = data.plans.map { plan in
            Node.li([], .a(href: Site.actionPlan.path(plan.id), .text(plan.value.title)))
        }
        let buttons = data.planCouncils.map { council in
            FormControls.postButton(
                data.work.isJoint ? "Create the action plan for " + data.work.organisationName(council) : "Create the action plan",
                action: Site.challengeActionPlanPost.path(data.work.id), csrf: data.csrf, hiddenFields: [("organisation_id", council.uuidString.lowercased())])
        }
        guard !existing.isEmpty || !buttons.isEmpty else { return .empty }
        return .section(
            [.aria("labelledby", "plan-heading")],
            .h2([.id("plan-heading")], "Action plan"),
            existing.isEmpty ? .empty : .ul([], .fragment(existing)),
            .fragment(buttons))
    }
}
