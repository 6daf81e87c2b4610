import EquitasCore
import Foundation

/// `/action-plans/{id}/actions/{action}/updates/{update}/edit`: the author correcting the
/// date or words of their own update, until the next committee report. A status the
/// update moved stays as it was: moving it again is a new update.
enum PlanUpdateEditPage {
    static func layout(
        _ view: PlanView, action: PlanActionRecord, update: Identified<ProgressUpdate>, form: PlanUpdateForm, errors: FormErrors,
        lastReport: CommitteeReport?, csrf: String?
    ) -> PageLayout {
        let heading = "Correct your update of \(update.value.date.longForm)"
        let actionPath = PlanPaths.action(view.planId, action.action.id)
        var notes: [Node] = [.p([], .text("Changes are recorded in the plan's history of changes."))]
        if let lastReport {
            notes.append(.p([], .text("The plan was last reported to \(lastReport.words): date the update after that day.")))
        }
        return PageLayout(
            title: errors.titlePrefix + heading,
            content: [
                errors.summary,
                PlanPageParts.breadcrumbs(view.trail + [(actionPath, "Action")]),
                .h1([], .text(heading)),
                .fragment(notes),
                .form(
                    action: PlanPaths.update(view.planId, action.action.id, update.id), method: .post, [],
                    FormControls.csrf(csrf),
                    FormControls.text("date", label: "Date of the update", value: form.date, error: errors["date"], type: "date"),
                    FormControls.textArea("text", label: "What has happened", value: form.text, error: errors["text"], rows: 4),
                    FormControls.submit("Save the correction")),
                .p([], .a(href: actionPath, "Cancel and return to the action")),
            ])
    }
}
