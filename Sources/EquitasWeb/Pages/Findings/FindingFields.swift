import EquitasCore

/// The fields of a finding, the same on the capture form and the edit form. No field
/// takes focus by itself on arrival (moving focus on load strands screen reader users);
/// the one exception is `nextCapture`, the capture form just after the person added a
/// finding with it, where the text box is where they left off (the status message
/// "Finding added" is announced first).
enum FindingFields {
    static func nodes(_ work: PeerWorkRecord, _ draft: FindingDraft, _ errors: FormErrors, nextCapture: Bool = false) -> Node {
        .fragment([
            FormControls.select(
                "module", label: "Module", options: work.moduleOptions, selected: draft.module ?? work.challenge.modules.first?.id,
                error: errors["module"]),
            FormControls.radios(
                "kind", legend: "Kind of finding", options: FindingKindWords.options, selected: draft.kind ?? FindingKind.strength.rawValue,
                error: errors["kind"], inline: true),
            work.isJoint
                ? FormControls.radios(
                    "council", legend: "Which council is it about?", options: work.councilOptions, selected: draft.council ?? "joint",
                    error: errors["council"], inline: true)
                : .empty,
            FormControls.textArea("text", label: "What the team found", value: draft.text, error: errors["text"], rows: 4, autofocus: nextCapture),
            FormControls.text(
                "attribution", label: "Who said it (for a quote)", value: draft.attribution,
                hint: "A role or group, such as \"Partner organisation\"; never a resident's name", error: errors["attribution"]),
            FormControls.text(
                "theme", label: "Theme (optional)", value: draft.theme, hint: "A sub-heading the report groups findings under",
                error: errors["theme"]),
        ])
    }
}
