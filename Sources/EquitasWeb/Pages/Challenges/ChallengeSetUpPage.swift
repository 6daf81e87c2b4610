import EquitasCore
import Foundation

/// Setting up a challenge, in two steps because the page has no scripts: first the
/// framework and the councils, then a form that lists that framework's modules, each
/// with the level sought. Editing uses the second form alone (the framework is fixed).
enum ChallengeSetUpPage {
    enum Mode {
        case new
        case edit(id: UUID, name: String)
    }

    static func firstStep(
        frameworks: [Framework], directory: DirectoryLookup, input: ChallengeSetUpInput, errors: FormErrors
    ) -> PageLayout {
        let title = "Set up a new challenge"
        return PageLayout(
            title: errors.titlePrefix + title,
            content: [
                ChallengePageParts.breadcrumbs([(Site.challenges.path, "Challenges"), (nil, "Set up a new challenge")]),
                errors.summary,
                .h1([], .text(title)),
                .p([.class("lead")], "Step 1 of 2: choose the framework and the councils. The next step lists the framework's modules."),
                .form(
                    action: Site.challengesNew.path, method: .get, [],
                    // Marks the form as sent, so that sending it with nothing chosen says so.
                    .input([Attribute("type", "hidden"), Attribute("name", "step"), Attribute("value", "1")]),
                    FormControls.radios(
                        "framework_id", legend: "Framework",
                        options: frameworks.map { ($0.id, "\($0.name) (\($0.version))") }, selected: input.frameworkId,
                        error: errors["framework_id"]),
                    councils(directory, input: input, errors: errors) { organisation in frameworks.contains { $0.applies(to: organisation.type) } },
                    FormControls.submit("Continue")),
            ])
    }

    static func form(
        _ mode: Mode, framework: Framework, directory: DirectoryLookup, input: ChallengeSetUpInput, errors: FormErrors,
        csrf: String?
    ) -> PageLayout {
        let title: String
        let action: String
        let crumbs: [(path: String?, words: String)]
        let intro: Node
        switch mode {
        case .new:
            title = "Set up a new challenge"
            action = Site.challengesPost.path
            crumbs = [(Site.challenges.path, "Challenges"), (nil, "Set up a new challenge")]
            intro = .p(
                [.class("lead")], "Step 2 of 2: the scope and dates. ",
                .a(href: firstStepPath(framework: framework, input: input), "Choose another framework"), ".")
        case .edit(let id, let name):
            title = "Change the set-up"
            action = Site.challengePost.path(id)
            crumbs = [(Site.challenges.path, "Challenges"), (Site.challenge.path(id), name), (nil, "Change the set-up")]
            intro = .empty
        }
        return PageLayout(
            title: errors.titlePrefix + title,
            content: [
                ChallengePageParts.breadcrumbs(crumbs),
                errors.summary,
                .h1([], .text(title)),
                intro,
                .form(
                    action: action, method: .post, [],
                    FormControls.csrf(csrf),
                    .input([Attribute("type", "hidden"), Attribute("name", "framework_id"), Attribute("value", framework.id)]),
                    follows(input, errors: errors),
                    .p([], .strong([], "Framework: "), .text("\(framework.name) (\(framework.version))")),
                    councils(directory, input: input, errors: errors) { framework.applies(to: $0.type) },
                    FormControls.radios(
                        "kind", legend: "Kind of challenge",
                        options: ChallengeKind.allCases.map { ($0.rawValue, ChallengePageParts.kind($0)) }, selected: input.kind,
                        error: errors["kind"]),
                    modules(framework, input: input, error: errors["modules"]),
                    FormControls.textArea(
                        "focus", label: "Focus (optional)", value: input.focus,
                        hint: "What the council most wants the challenge to look at, in up to 500 characters.", error: errors["focus"],
                        rows: 3),
                    FormControls.text("start", label: "Start date (optional)", value: input.start, error: errors["start"], type: "date"),
                    FormControls.text("end", label: "End date (optional)", value: input.end, error: errors["end"], type: "date"),
                    FormControls.submit({ if case .new = mode { "Set up the challenge" } else { "Save the set-up" } }())),
            ])
    }

    /// A follow-up carries the earlier challenge's id, and says so: its scope is where
    /// this form started.
    private static func follows(_ input: ChallengeSetUpInput, errors: FormErrors) -> Node {
        guard !input.follows.isEmpty else { return .empty }
        return .fragment([
            .input([Attribute("type", "hidden"), Attribute("name", "follows"), Attribute("value", input.follows)]),
            .p([.id(FormControls.fieldId("follows"))], .strong([], "Follows: "),
               .a(href: "/challenges/" + input.follows, "the earlier challenge"),
               .text(". The councils, modules and levels below start as they were last time.")),
            errors["follows"].map { Node.p([.class("error-message")], .text($0)) } ?? .empty,
        ])
    }

    /// Back to step 1 with the councils already chosen still ticked.
    private static func firstStepPath(framework: Framework, input: ChallengeSetUpInput) -> String {
        let councils = input.organisationIds.compactMap(UUID.init(uuidString:)).map { "&organisation_ids%5B%5D=" + $0.uuidString.lowercased() }
        return Site.challengesNew.path + "?framework_id=" + (framework.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._"))) ?? "") + councils.joined()
    }

    /// The bodies that can be challenged (never a national body such as the LGA), and any
    /// already chosen, so that an old challenge's council does not silently drop off.
    private static func councils(
        _ directory: DirectoryLookup, input: ChallengeSetUpInput, errors: FormErrors, offered: (Organisation) -> Bool
    ) -> Node {
        let chosen = Set(input.organisationIds.map { $0.lowercased() })
        let options = directory.organisations.filter { offered($0.value) || chosen.contains($0.id.uuidString.lowercased()) }
            .map { (value: $0.id.uuidString.lowercased(), words: $0.value.name) }
        return FormControls.checkboxes(
            "organisation_ids", legend: "Councils challenged", options: options,
            selected: Set(input.organisationIds.map { $0.lowercased() }),
            hint: "Choose more than one for a joint challenge.", error: errors["organisation_ids"])
    }

    /// One checkbox per module, each followed by the select for its level. The first
    /// checkbox carries the id the error summary links to.
    private static func modules(_ framework: Framework, input: ChallengeSetUpInput, error: String?) -> Node {
        let groupId = FormControls.fieldId("modules")
        let levelOptions = [("", "Choose a level")] + framework.levels.map { ($0.id, $0.name) }
        let rows = framework.modules.enumerated().map { index, module -> Node in
            let boxId = index == 0 ? groupId : "\(groupId)-\(index + 1)"
            return .div(
                [.class("form-group")],
                .div(
                    [.class("choice")],
                    .input([
                        Attribute("type", "checkbox"), .id(boxId), Attribute("name", "modules[]"), Attribute("value", module.id),
                        .flag("checked", input.modules.contains(module.id)),
                    ]),
                    .label(for: boxId, .text("\(module.code) \(module.name)"))),
                FormControls.select(
                    ChallengeSetUpInput.levelField(module.id), label: "Level sought in \(module.name)",
                    options: levelOptions.map { (value: $0.0, words: $0.1) }, selected: input.levels[module.id] ?? ""))
        }
        let noun = framework.moduleNoun
        return .div(
            [.class(error == nil ? "form-group" : "form-group form-group-error")],
            .fieldset(
                [error == nil ? nil : .aria("describedby", groupId + "-error")],
                .legend([], .text("\(FormErrors.sentence(noun))s in scope")),
                .span([.class("hint")], .text("Tick each \(noun) the challenge covers and choose the level the council seeks in it.")),
                error.map { .span([.id(groupId + "-error"), .class("error-message")], .span([.class("visually-hidden")], "Error: "), .text($0)) }
                    ?? .empty,
                .fragment(rows)))
    }
}
