import EquitasCore
import Foundation

/// Adding or changing an objective: what it is and when it was adopted, then its measures.
enum EqualityObjectiveFormPage {
    static func layout(
        council: Identified<Organisation>, editing id: UUID?, form: EqualityObjectiveForm, errors: FormErrors, csrf: String?
    ) -> PageLayout {
        let heading = id == nil ? "Add an equality objective" : "Change the equality objective"
        let back = id.map { EqualityObjectivePaths.objective(council.id, $0) } ?? EqualityObjectivePaths.register(council.id)
        let measures = (1...form.measureCount).map { slot -> Node in
            .div(
                [.class("report-item")],
                .h3([], .text("Measure \(slot)")),
                FormControls.text(
                    "measure_name_\(slot)", label: "Measure \(slot)\(slot == 1 ? "" : " (optional)")", value: form["measure_name_\(slot)"],
                    hint: slot == 1 ? "How progress is judged, such as the share of disabled staff at senior grades." : nil,
                    error: errors["measure_name_\(slot)"]),
                FormControls.text(
                    "measure_baseline_\(slot)", label: "Baseline for measure \(slot) (optional)", value: form["measure_baseline_\(slot)"],
                    error: errors["measure_baseline_\(slot)"]),
                FormControls.text(
                    "measure_target_\(slot)", label: "Target for measure \(slot) (optional)", value: form["measure_target_\(slot)"],
                    error: errors["measure_target_\(slot)"]))
        }
        return PageLayout(
            title: errors.titlePrefix + heading,
            content: [
                errors.summary,
                EqualityObjectiveParts.crumbs(council, current: heading),
                .h1([], .text(heading)),
                .form(
                    action: back, method: .post, [Attribute("novalidate", nil)],
                    FormControls.csrf(csrf),
                    FormControls.textArea("title", label: "Objective", value: form["title"], error: errors["title"], rows: 2),
                    FormControls.textArea(
                        "description", label: "What it covers and why (optional)", value: form["description"], error: errors["description"], rows: 4),
                    FormControls.text("lead", label: "Lead officer or service (optional)", value: form["lead"], error: errors["lead"]),
                    FormControls.text(
                        "adopted", label: "Date adopted", value: form["adopted"],
                        hint: "When the council agreed or published it. Yearly progress falls due on its anniversaries.", error: errors["adopted"],
                        type: "date"),
                    FormControls.text(
                        "renew_by", label: "Renew by (optional)", value: form["renew_by"],
                        hint: "Objectives are renewed at least every four years; leave blank for four years from adoption.",
                        error: errors["renew_by"], type: "date"),
                    .h2([], "Measures"),
                    .p([], "Fill in as many as the objective has; more slots appear once these are saved."),
                    .fragment(measures),
                    FormControls.submit(id == nil ? "Add the objective" : "Save the objective")),
                .p([], .a(href: back, "Cancel")),
            ],
            currentPath: EqualityObjectivePaths.register(council.id))
    }
}
