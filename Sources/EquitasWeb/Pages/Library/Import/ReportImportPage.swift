import EquitasCore
import EquitasSheets
import Foundation

/// Importing a past report as pages: the upload form, then the preview of what was
/// recognised as a form to correct before saving. A file cannot travel between pages
/// without scripts, so the preview carries what was recognised in its own fields.
enum ReportImportPage {
    static let path = Site.libraryImport.path
    static let confirmPath = Site.libraryImportConfirmPost.path
    static let fileField = "file"

    static func upload(limit: Int, csrf: String?, errors: FormErrors = FormErrors()) -> PageLayout {
        PageLayout(
            title: errors.titlePrefix + "Import a past report",
            content: [
                errors.summary,
                .h1([], "Import a past report"),
                .p(
                    [.class("lead")],
                    "Upload a peer challenge report written before Equitas. You will see what was recognised in it, ",
                    "correct it, and only then save it as a published challenge."),
                .form(
                    action: path, method: .post, [Attribute("enctype", "multipart/form-data")],
                    FormControls.csrf(csrf),
                    FormControls.file(
                        fileField, label: "The report",
                        hint: "A PDF, a Word document (.docx), a PowerPoint deck (.pptx), or plain text or Markdown (.txt, .md), "
                            + "smaller than \(EvidenceSize.words(limit)). A scanned PDF has no text to read.",
                        error: errors[fileField], accept: ReportFileRecogniser.accept),
                    FormControls.submit("Read the report")),
                .p([], .a(href: Site.challenges.path, "Back to challenges")),
            ])
    }

    /// What was recognised, every part in a field, with each uncertain part flagged in
    /// words beside it and listed at the top.
    static func preview(_ draft: ReportImportDraft, catalog: FrameworkCatalog, csrf: String?, errors: FormErrors = FormErrors())
        -> PageLayout
    {
        let framework = draft.chosenFramework(in: catalog)
        let choices = Choices(draft: draft, framework: framework)
        return PageLayout(
            title: errors.titlePrefix + "Check the imported report",
            content: [
                errors.summary,
                .h1([], "Check the imported report"),
                .p(
                    [.class("lead")],
                    "Nothing has been saved yet. Correct anything that was read wrongly, leave out what does not belong, ",
                    "then save the report as a published challenge."),
                checkSummary(draft),
                warnings(draft.warnings),
                .form(
                    action: confirmPath, method: .post, [],
                    FormControls.csrf(csrf),
                    carried(draft),
                    ReportImportSections.challenge(draft, catalog: catalog, framework: framework, errors: errors),
                    ReportImportSections.organisations(draft, errors: errors),
                    ReportImportSections.team(draft, choices: choices, errors: errors),
                    ReportImportSections.findings(draft, choices: choices, errors: errors),
                    ReportImportSections.recommendations(draft, choices: choices, errors: errors),
                    ReportImportCommentSection.node(draft, framework: framework, errors: errors),
                    .h2([], "Conclusion"),
                    flag(draft, "conclusion"),
                    FormControls.textArea("conclusion", label: "Conclusion", value: draft.conclusion, error: errors["conclusion"], rows: 6),
                    FormControls.submit("Save as a published challenge")),
                .p([], .a(href: path, "Upload a different report")),
            ])
    }

    /// The options the rows share, worked out once.
    struct Choices {
        var modules: [(value: String, words: String)]
        var organisations: [(value: String, words: String)]
        var roles: [(value: String, words: String)] = TeamRole.allCases.map { ($0.rawValue, $0.label) }

        init(draft: ReportImportDraft, framework: Framework?) {
            modules = (framework?.modules ?? []).map { ($0.id, "\($0.code) \($0.name)") }
            organisations =
                [("", "Joint: all the councils")]
                + draft.organisations.enumerated().map { index, organisation in
                    (String(index), organisation.name.isEmpty ? "Organisation \(index + 1)" : organisation.name)
                }
        }
    }

    // MARK: - Flags

    static func confidenceWords(_ confidence: Double) -> String { String(format: "%.2f", confidence) }

    static func checkId(_ prefix: String) -> String { "check-" + prefix.replacingOccurrences(of: "_", with: "-") }

    /// "Check this: …" in words, not colour alone, where the item sits.
    static func flag(_ draft: ReportImportDraft, _ prefix: String) -> Node {
        guard let check = draft.checks[prefix] else { return .empty }
        return .p(
            [.class("import-check"), .id(checkId(prefix))],
            .strong([.class("tag tag-overdue")], "Check this:"),
            .text(" \(check.reason) (confidence \(confidenceWords(check.confidence)))"))
    }

    private static func checkSummary(_ draft: ReportImportDraft) -> Node {
        guard !draft.checks.isEmpty else { return .p([], "Every part was recognised with confidence; read it through before saving.") }
        let ordered = draft.checks.keys.sorted { order($0) < order($1) }
        let count = ordered.count
        return .div(
            [.class("notification"), Attribute("role", "region"), .aria("labelledby", "checks-title")],
            .h2([.id("checks-title")], .text("\(count) \(count == 1 ? "item needs" : "items need") checking")),
            .ul([], .fragment(ordered.map { prefix in .li([], .a(href: "#" + checkId(prefix), .text(itemWords(prefix)))) })))
    }

    /// The order items appear on the page, so the list of checks reads top to bottom.
    private static func order(_ prefix: String) -> (Int, Int) {
        let sections = [
            "framework": 0, "level": 1, "start": 2, "end": 3, "organisation": 4, "member": 5, "finding": 6, "recommendation": 7,
            "comment": 8, "conclusion": 9, "second": 1,
        ]
        let parts = prefix.split(separator: "_")
        return (sections[String(parts.first ?? "")] ?? 9, parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
    }

    static func itemWords(_ prefix: String) -> String {
        let parts = prefix.split(separator: "_")
        let number = parts.count > 1 ? (Int(parts[1]) ?? 0) + 1 : 0
        switch String(parts.first ?? "") {
        case "framework": return "The framework"
        case "level": return "The level"
        case "second": return "The second level"
        case "start", "end": return "The dates"
        case "conclusion": return "The conclusion"
        case "organisation": return "Organisation \(number)"
        case "member": return "Team member \(number)"
        case "finding": return "Finding \(number)"
        case "recommendation": return "Recommendation \(number)"
        case "comment": return "Comment \(number)"
        default: return prefix
        }
    }

    private static func warnings(_ warnings: [String]) -> Node {
        guard !warnings.isEmpty else { return .empty }
        return .fragment([
            .h2([], "What the report did not make clear"),
            .ul([], .fragment(warnings.map { .li([], .text(FormErrors.sentence($0))) })),
        ])
    }

    /// The flags and warnings, so that they are still shown if the form comes back with
    /// a problem. Only ever shown; nothing here is stored.
    private static func carried(_ draft: ReportImportDraft) -> Node {
        var hidden: [(String, String)] = []
        for (prefix, check) in draft.checks.sorted(by: { $0.key < $1.key }) {
            hidden.append((prefix + "_check_reason", check.reason))
            hidden.append((prefix + "_check_confidence", confidenceWords(check.confidence)))
        }
        for (index, warning) in draft.warnings.enumerated() { hidden.append(("warning_\(index)_text", warning)) }
        return .fragment(hidden.map(hiddenInput))
    }

    static func hiddenInput(_ field: (String, String)) -> Node {
        .input([Attribute("type", "hidden"), Attribute("name", field.0), Attribute("value", field.1)])
    }

    /// One "leave out" tick box.
    static func leaveOut(_ name: String, words: String, checked: Bool) -> Node {
        let id = FormControls.fieldId(name)
        return .div(
            [.class("form-group")],
            .div(
                [.class("choice")],
                .input([
                    Attribute("type", "checkbox"), .id(id), Attribute("name", name), Attribute("value", "yes"), .flag("checked", checked),
                ]),
                .label(for: id, .text(words))))
    }
}
