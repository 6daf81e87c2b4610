import EquitasCore

/// What an uploaded spreadsheet would change (a dry run: nothing saved yet), or why it
/// could not be read, with the upload form again below.
enum PlanImportPage {
    static func checked(_ view: PlanView, _ outcome: ActionPlanExchange.ImportOutcome, csrf: String?) -> PageLayout {
        var content: [Node] = [
            PlanPageParts.breadcrumbs(view.trail),
            .h1([], "Check the changes from your spreadsheet"),
        ]
        if outcome.refused || !outcome.conflicts.isEmpty || !outcome.sinceExport.isEmpty {
            return PageLayout(title: "Check the changes from your spreadsheet", content: content + stale(view, outcome, csrf: csrf))
        }
        if outcome.changes.isEmpty {
            content += [
                .p([], "Your spreadsheet matches the plan: uploading it would change nothing."),
                .p([], .a(href: PlanPaths.plan(view.planId), .text("Return to \(view.title)"))),
            ]
            return PageLayout(title: "Check the changes from your spreadsheet", content: content)
        }
        content += [
            .p([.class("lead")], .text("Nothing has been saved yet. Applying this spreadsheet would make these changes (\(outcome.summary)):")),
            .ul([], .fragment(outcome.changes.map { .li([], .text($0)) })),
            .h2([], "Apply these changes"),
            .p([], "Choose the same file again and upload it with “Apply the changes to the plan” selected. A browser cannot keep the file between pages, so it has to be chosen again."),
            PlanImportForm.node(planId: view.planId, csrf: csrf, apply: true),
        ]
        return PageLayout(title: "Check the changes from your spreadsheet", content: content)
    }

    /// A sheet exported before the plan's latest changes: what changed in the plan since,
    /// beside what the sheet changes, and where both changed the same thing.
    static func stale(_ view: PlanView, _ outcome: ActionPlanExchange.ImportOutcome, csrf: String?) -> [Node] {
        var content: [Node] = [.p([.class("lead")], .text(outcome.message))]
        if !outcome.conflicts.isEmpty {
            content.append(.h2([], "Where both changed"))
            content.append(.table(
                [.class("table")],
                .thead([], .tr([], .th(scope: .col, [], "Where"), .th(scope: .col, [], "In the plan since the export"), .th(scope: .col, [], "In your spreadsheet"))),
                .tbody([], .fragment(outcome.conflicts.map { conflict in
                    .tr(
                        [], .th(scope: .row, [], .text(conflict.place)),
                        .td([], lines(conflict.sinceExport)), .td([], lines(conflict.sheet)))
                }))))
        }
        if !outcome.sinceExport.isEmpty {
            content += [.h2([], "Changed in the plan since the export"), lines(outcome.sinceExport)]
        }
        content.append(.h2([], outcome.refused ? "Your spreadsheet's other changes" : "Your spreadsheet's changes"))
        content.append(outcome.changes.isEmpty ? .p([], "None.") : lines(outcome.changes))
        content += [
            .h2([], "Upload it again"),
            .p([], "Nothing has been saved yet. Choose the same file again, and what should happen. A browser cannot keep the file between pages, so it has to be chosen again."),
            PlanImportForm.node(planId: view.planId, csrf: csrf, apply: true, offerForce: !outcome.conflicts.isEmpty),
        ]
        return content
    }

    private static func lines(_ lines: [String]) -> Node {
        .ul([], .fragment(lines.map { .li([], .text($0)) }))
    }

    /// The form again, with every problem in the summary at the top.
    static func failed(_ view: PlanView, errors: FormErrors, apply: Bool, csrf: String?) -> PageLayout {
        PageLayout(
            title: "Error: Upload a changed spreadsheet",
            content: [
                errors.summary,
                PlanPageParts.breadcrumbs(view.trail),
                .h1([], "Upload a changed spreadsheet"),
                .p([], "Nothing has been changed. Correct the file, then upload it again."),
                PlanImportForm.node(planId: view.planId, csrf: csrf, errors: errors, apply: apply),
            ])
    }

    /// Every problem a sheet has, each naming its row and column, led by one line that
    /// says how many there are (which also sits beside the file field).
    static func errors(_ sheet: ActionPlanSheetErrors) -> FormErrors {
        let count = sheet.failures.count
        var errors = FormErrors(PlanImportForm.fileField, "The spreadsheet has \(count) \(count == 1 ? "problem" : "problems"); nothing was changed")
        for failure in sheet.failures {
            errors.add(PlanImportForm.fileField, FormErrors.sentence(failure.description))
        }
        return errors
    }
}
