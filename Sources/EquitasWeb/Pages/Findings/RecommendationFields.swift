import EquitasCore

/// The fields of a recommendation, the same when adding one and when editing it.
enum RecommendationFields {
    static func nodes(_ work: PeerWorkRecord, _ draft: RecommendationDraft, _ errors: FormErrors) -> Node {
        .fragment([
            FormControls.text("number", label: "Number", value: draft.number, error: errors["number"], type: "number", width: "short"),
            FormControls.select(
                "module", label: "Module", options: [("", work.moduleName(nil))] + work.moduleOptions, selected: draft.module ?? "",
                error: errors["module"]),
            work.isJoint
                ? FormControls.radios(
                    "council", legend: "Which council is it for?", options: work.councilOptions, selected: draft.council ?? "joint",
                    error: errors["council"], inline: true)
                : .empty,
            FormControls.textArea("text", label: "Recommendation", value: draft.text, error: errors["text"], rows: 4),
        ])
    }

    /// A core refusal beside the field it is about.
    static func errors(_ failure: ValidationFailure) -> FormErrors {
        if failure.path.hasPrefix("organisation_id") { return FormErrors("council", FormErrors.sentence(failure.message)) }
        return FormErrors(failure, fallbackField: "text")
    }
}
