import EquitasCore
import Foundation

/// Adding or changing an assessment: the proposal and decision, then one group per
/// protected characteristic (a rating and the evidence for it), then the council's own
/// characteristics, then consultation, mitigations and the outcome.
enum ImpactAssessmentFormPage {
    static func layout(
        council: Identified<Organisation>, editing id: UUID?, form: ImpactAssessmentForm, errors: FormErrors, csrf: String?
    ) -> PageLayout {
        let heading = id == nil ? "Add an impact assessment" : "Change the impact assessment"
        let action = id.map { ImpactAssessmentPaths.assessment(council.id, $0) } ?? ImpactAssessmentPaths.register(council.id)
        let back = id.map { ImpactAssessmentPaths.assessment(council.id, $0) } ?? ImpactAssessmentPaths.register(council.id)
        return PageLayout(
            title: errors.titlePrefix + heading,
            content: [
                errors.summary,
                ImpactAssessmentParts.crumbs(council, current: heading),
                .h1([], .text(heading)),
                .form(
                    action: action, method: .post, [Attribute("novalidate", nil)],
                    FormControls.csrf(csrf), proposal(form, errors), impacts(form, errors), extras(form, errors), decision(form, errors),
                    FormControls.submit(id == nil ? "Add the assessment" : "Save the assessment")),
                .p([], .a(href: back, "Cancel")),
            ],
            currentPath: ImpactAssessmentPaths.register(council.id))
    }

    private static func proposal(_ form: ImpactAssessmentForm, _ errors: FormErrors) -> Node {
        .fragment([
            FormControls.text("title", label: "Title", value: form["title"], error: errors["title"]),
            FormControls.text(
                "service", label: "Service or directorate", value: form["service"], hint: "Who owns the proposal, such as Adult Social Care.",
                error: errors["service"]),
            FormControls.textArea("proposal", label: "What is proposed", value: form["proposal"], error: errors["proposal"], rows: 4),
            FormControls.text(
                "decision_maker", label: "Decision maker (optional)", value: form["decision_maker"], hint: "Such as Cabinet or the Director of Housing.",
                error: errors["decision_maker"]),
            FormControls.text(
                "decision_date", label: "Decision date (optional)", value: form["decision_date"], hint: "When the decision is due or was taken.",
                error: errors["decision_date"], type: "date"),
        ])
    }

    private static func impacts(_ form: ImpactAssessmentForm, _ errors: FormErrors) -> Node {
        let groups = ProtectedCharacteristic.allCases.map { characteristic -> Node in
            let name = characteristic.rawValue
            return .div(
                [.class("report-item")],
                .h3([], .text(characteristic.label)),
                FormControls.radios(
                    "rating_" + name, legend: "\(characteristic.label): likely impact", options: ImpactAssessmentForm.ratingOptions,
                    selected: form["rating_" + name] ?? ImpactAssessmentForm.notAssessed, error: errors["rating_" + name], inline: true),
                FormControls.textArea(
                    "evidence_" + name, label: "Evidence for \(characteristic.label.lowercased())", value: form["evidence_" + name],
                    error: errors["evidence_" + name], rows: 3))
        }
        return .fragment([
            .h2([], "Impact on each protected characteristic"),
            .p([], "Say what the evidence shows: data, consultation responses, complaints. Where nothing is known yet, say so."),
            .fragment(groups),
        ])
    }

    private static func extras(_ form: ImpactAssessmentForm, _ errors: FormErrors) -> Node {
        let slots = (1...form.extraCount).map { slot -> Node in
            .div(
                [.class("report-item")],
                .h3([], .text("Other characteristic \(slot)")),
                FormControls.text(
                    "extra_name_\(slot)", label: "Characteristic \(slot) (optional)", value: form["extra_name_\(slot)"],
                    hint: "Such as care experience, armed forces or low income.", error: errors["extra_name_\(slot)"]),
                FormControls.radios(
                    "extra_rating_\(slot)", legend: "Likely impact on characteristic \(slot)", options: ImpactAssessmentForm.ratingOptions,
                    selected: form["extra_rating_\(slot)"] ?? ImpactAssessmentForm.notAssessed, error: errors["extra_rating_\(slot)"], inline: true),
                FormControls.textArea(
                    "extra_evidence_\(slot)", label: "Evidence for characteristic \(slot)", value: form["extra_evidence_\(slot)"],
                    error: errors["extra_evidence_\(slot)"], rows: 3))
        }
        return .fragment([
            .h2([], "The council’s own characteristics"),
            .p([], "Leave these blank if the council assesses only the nine protected characteristics."),
            .fragment(slots),
        ])
    }

    private static func decision(_ form: ImpactAssessmentForm, _ errors: FormErrors) -> Node {
        let outcomes = [("", "Not decided yet")] + ImpactOutcome.allCases.map { ($0.rawValue, $0.label) }
        return .fragment([
            .h2([], "Consultation and decision"),
            FormControls.textArea(
                "consultation", label: "Who was consulted, and how (optional)", value: form["consultation"], error: errors["consultation"], rows: 4),
            FormControls.textArea(
                "mitigations", label: "Mitigations (optional)", value: form["mitigations"],
                hint: "What will be done to remove or reduce a negative impact.", error: errors["mitigations"], rows: 4),
            FormControls.select("outcome", label: "Outcome", options: outcomes, selected: form["outcome"] ?? "", error: errors["outcome"]),
            FormControls.text(
                "review_date", label: "Review date (optional)", value: form["review_date"], hint: "When the assessment is to be looked at again.",
                error: errors["review_date"], type: "date"),
            FormControls.radios(
                "published", legend: "Published on the council’s website", options: [("yes", "Yes"), ("no", "No")],
                selected: form["published"] ?? "no", error: errors["published"], inline: true),
        ])
    }
}
