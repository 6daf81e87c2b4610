import EquitasCore
import Foundation

/// The form that adds an action to an item or changes one: the same fields either way.
/// Without scripts, every date field is shown; each says which kind of timescale uses it.
enum PlanActionFormPage {
    enum Purpose {
        case add(PlanItemRecord)
        case edit(item: PlanItemRecord, action: PlanActionRecord, number: Int)
    }

    /// `version` is the stored action's, for an edit (`EditConflict`); `conflict` another
    /// person's newer save, shown beside the form.
    static func layout(
        _ view: PlanView, _ purpose: Purpose, form: PlanActionForm, errors: FormErrors, csrf: String?, version: String? = nil,
        conflict: EditConflict? = nil
    ) -> PageLayout {
        let heading: String
        let target: String
        let back: String
        let button: String
        switch purpose {
        case .add(let item):
            heading = "Add an action to item \(item.item.value.number)"
            target = PlanPaths.addAction(view.planId, item.item.id)
            back = PlanPaths.plan(view.planId) + "#" + PlanPaths.itemAnchor(item.item.value.number)
            button = "Add the action"
        case .edit(let item, let action, let number):
            heading = "Change item \(item.item.value.number), action \(number)"
            target = PlanPaths.action(view.planId, action.action.id)
            back = PlanPaths.action(view.planId, action.action.id)
            button = "Save the action"
        }
        return PageLayout(
            title: errors.titlePrefix + heading,
            content: [
                errors.summary,
                PlanPageParts.breadcrumbs(view.trail),
                .h1([], .text(heading)),
                conflict?.panel ?? .empty,
                .form(
                    action: target, method: .post, [], FormControls.csrf(csrf), version.map(EditConflict.hidden) ?? .empty,
                    fields(view, purpose, form, errors), FormControls.submit(button)),
                .p([], .a(href: back, "Cancel")),
            ])
    }

    private static func fields(_ view: PlanView, _ purpose: Purpose, _ form: PlanActionForm, _ errors: FormErrors) -> Node {
        var statusHint = "Where the action stands when it is added."
        if case .edit = purpose { statusHint = "A new status is recorded in the action’s history as an update by you." }
        return .fragment([
            FormControls.textArea("description", label: "What will be done", value: form.description, error: errors["description"], rows: 4),
            FormControls.select(
                "lead_id", label: "Lead officer", options: view.leadOptions, selected: form.leadId ?? "",
                hint: "The person who answers for this action.", error: errors["lead_id"]),
            FormControls.radios(
                "timescale_kind", legend: "Timescale",
                options: [
                    (Timescale.Kind.date.rawValue, "By a date"), (Timescale.Kind.phase.rawValue, "A named phase, with a start and an end"),
                    (Timescale.Kind.longerTerm.rawValue, "Longer term"), ("", "Not set yet"),
                ],
                selected: form.timescaleKind ?? "", error: errors["timescale_kind"]),
            FormControls.text("due", label: "Due date", value: form.due, hint: "For “By a date”.", error: errors["due"], type: "date"),
            FormControls.text(
                "phase_name", label: "Phase name", value: form.phaseName, hint: "For a phase, such as “Within six months”.",
                error: errors["phase_name"]),
            FormControls.text("phase_start", label: "Phase starts", value: form.phaseStart, hint: "For a phase.", error: errors["phase_start"], type: "date"),
            FormControls.text(
                "phase_end", label: "Phase ends", value: form.phaseEnd, hint: "For a phase: the action is overdue after this day.",
                error: errors["phase_end"], type: "date"),
            FormControls.text(
                "indicative", label: "Indicative date (optional)", value: form.indicative,
                hint: "For “Longer term”, if the council aims at a day.", error: errors["indicative"], type: "date"),
            FormControls.text(
                "monitored_by", label: "Monitored by (optional)", value: form.monitoredBy,
                hint: "The body that watches this action, such as the Equalities Working Group.", error: errors["monitored_by"]),
            FormControls.select(
                "status", label: "Status", options: PlanActionStatus.allCases.map { ($0.rawValue, $0.label) },
                selected: form.status ?? PlanActionStatus.notStarted.rawValue, hint: statusHint, error: errors["status"]),
        ])
    }
}
