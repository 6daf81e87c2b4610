import EquitasCore

/// `/action-plans/{id}/items/{item}/edit`: the council's response to one item and why.
enum PlanItemEditPage {
    static func layout(_ view: PlanView, _ item: PlanItemRecord, form: PlanItemForm, errors: FormErrors, csrf: String?) -> PageLayout {
        let value = item.item.value
        let heading = "Respond to item \(value.number)"
        return PageLayout(
            title: errors.titlePrefix + heading,
            content: [
                errors.summary,
                PlanPageParts.breadcrumbs(view.trail),
                .h1([], .text(heading)),
                .dl(
                    [.class("summary-list")],
                    .div([], .dt([], "Module"), .dd([], .text(view.moduleTitle(value)))),
                    .div([], .dt([], "Recommendation"), .dd([], .text(value.text)))),
                .form(
                    action: PlanPaths.item(view.planId, item.item.id), method: .post, [],
                    FormControls.csrf(csrf),
                    FormControls.radios(
                        "response", legend: "The council's response", options: PlanItemForm.responseOptions,
                        selected: form.response ?? "", error: errors["response"]),
                    FormControls.textArea(
                        "rationale", label: "Rationale", value: form.rationale,
                        hint: "Why the council responds this way. Needed for every response except a plain “Agreed”.",
                        error: errors["rationale"]),
                    FormControls.submit("Save the response")),
                .p([], .a(href: PlanPaths.plan(view.planId) + "#" + PlanPaths.itemAnchor(value.number), "Cancel and return to the plan")),
            ])
    }
}
