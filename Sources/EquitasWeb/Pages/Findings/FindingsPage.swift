import EquitasCore
import Foundation

/// The team's findings on one page: the capture form at the top, so a peer in a
/// session records a finding with as few moves as possible, then everything captured
/// so far, by module and then by kind.
enum FindingsPage {
    struct Options {
        var canWrite: Bool
        var csrf: String?
        var done: String?
    }

    static func layout(_ work: PeerWorkRecord, draft: FindingDraft, errors: FormErrors, options: Options) -> PageLayout {
        let heading = "Findings"
        return PageLayout(
            title: errors.titlePrefix + "\(heading): \(work.title)",
            content: [
                errors.summary,
                work.breadcrumbs(heading),
                .h1([], .text(heading)),
                notification(options.done),
                options.canWrite ? captureForm(work, draft, errors, csrf: options.csrf, nextCapture: options.done == "added") : .empty,
                list(work, options),
                options.canWrite ? CaptureScript.element : .empty,
            ])
    }

    private static func notification(_ done: String?) -> Node {
        let words: String? = switch done {
        case "added": "Finding added"
        case "saved": "Finding saved"
        case "deleted": "Finding deleted"
        default: nil
        }
        return StatusMessage.node(words)
    }

    private static func captureForm(
        _ work: PeerWorkRecord, _ draft: FindingDraft, _ errors: FormErrors, csrf: String?, nextCapture: Bool
    ) -> Node {
        .section(
            [.aria("labelledby", "capture-heading")],
            .h2([.id("capture-heading")], "Capture a finding"),
            .form(
                action: Site.challengeFindingsPost.path(work.id), method: .post, [Attribute(CaptureScript.marker, "")],
                FormControls.csrf(csrf),
                FindingFields.nodes(work, draft, errors, nextCapture: nextCapture),
                FormControls.submit("Add finding")))
    }

    /// Numbered in reading order, so "Edit finding 3" names one finding on this page.
    private static func list(_ work: PeerWorkRecord, _ options: Options) -> Node {
        let findings = work.record.findings
        guard !findings.isEmpty else { return .p([], "No findings have been captured yet.") }
        var number = 0
        var sections: [Node] = [.h2([], "Findings so far")]
        for module in work.moduleIds {
            let inModule = findings.filter { $0.value.module == module }
            guard !inModule.isEmpty else { continue }
            var groups: [Node] = []
            for kind in FindingKind.allCases {
                let ofKind = inModule.filter { $0.value.kind == kind }
                guard !ofKind.isEmpty else { continue }
                let items = ofKind.map { finding -> Node in
                    number += 1
                    return item(work, finding, number: number, options)
                }
                groups.append(.element("h4", [], [.text(FindingKindWords.heading(kind))]))
                groups.append(.ul([.class("finding-list")], .fragment(items)))
            }
            sections.append(.section([], .h3([], .text(work.moduleName(module))), .fragment(groups)))
        }
        return .fragment(sections)
    }

    private static func item(_ work: PeerWorkRecord, _ finding: Identified<Finding>, number: Int, _ options: Options) -> Node {
        let value = finding.value
        let words: Node = value.kind == .quote
            ? .blockquote([], .p([], .text(value.text)), .p([.class("hint")], .text("Said by: " + (value.attribution ?? "not recorded"))))
            : .p([], .text(value.text))
        var details: [String] = []
        if work.isJoint { details.append("Council: " + work.organisationName(value.organisationId)) }
        if let theme = value.theme { details.append("Theme: " + theme) }
        return .li(
            [.id("finding-" + finding.id.uuidString.lowercased()), .class("report-item")],
            words,
            details.isEmpty ? .empty : .p([.class("hint")], .text(details.joined(separator: ". "))),
            .p(
                [],
                .a(
                    href: LibraryResultList.similarPath(finding.id), "Similar practice elsewhere",
                    .span([.class("visually-hidden")], .text(" to finding \(number)")))),
            options.canWrite
                ? .div(
                    [.class("actions")],
                    .a(href: Site.challengeFindingEdit.path(work.id, finding.id), "Edit", .span([.class("visually-hidden")], .text(" finding \(number)"))),
                    FormControls.postButton("Delete finding \(number)", action: Site.challengeFindingDeletePost.path(work.id, finding.id), csrf: options.csrf, warning: true))
                : .empty)
    }
}
