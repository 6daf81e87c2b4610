import EquitasCore
import Foundation

/// The preview form's sections: one fieldset per organisation, team member, finding and
/// recommendation, so that a screen reader user hears which one a field belongs to.
enum ReportImportSections {
    typealias Draft = ReportImportDraft

    private static func field(_ prefix: String, _ part: String) -> String { Draft.field(prefix, part) }

    static func challenge(_ draft: Draft, catalog: FrameworkCatalog, framework: Framework?, errors: FormErrors) -> Node {
        .fragment([
            .h2([], "The challenge"),
            ReportImportPage.flag(draft, "framework"),
            FormControls.select(
                "framework", label: "Framework",
                options: catalog.frameworks.map { (Draft.frameworkChoice($0.id, $0.version), "\($0.name) (version \($0.version))") },
                selected: draft.framework,
                hint: "If you change it, the level and areas are offered again from the new framework when you save.",
                error: errors["framework"]),
            ReportImportPage.flag(draft, "level"),
            FormControls.select(
                "level", label: "Level", options: (framework?.levels ?? []).map { ($0.id, $0.name) }, selected: draft.level,
                error: errors["level"]),
            ReportImportPage.flag(draft, "second_level"),
            FormControls.select(
                "second_level", label: "Second level (optional)",
                options: [("", "None")] + catalog.frameworks.flatMap { other in
                    other.levels.map { (Draft.secondLevelChoice(other.id, other.version, $0.id), "\(other.name) (version \(other.version)): \($0.name)") }
                },
                selected: draft.secondLevel,
                hint: "Reports of 2008–09 concluded on the Equality Standard's level as well as the Framework's.",
                error: errors["second_level"]),
            FormControls.select(
                "second_judgement", label: "The self-assessment at the second level",
                options: [("confirmed", "Satisfactory"), ("not-confirmed", "Not satisfactory"), ("none", "Not said")],
                selected: draft.secondJudgement, error: errors["second_judgement"]),
            ReportImportPage.flag(draft, "start"),
            FormControls.text(
                "start", label: "First day of the on-site visit", value: draft.start,
                hint: "For example, 2012-03-14. Leave empty if the report does not say.",
                error: errors["start"], width: "medium"),
            FormControls.text(
                "end", label: "Last day of the on-site visit", value: draft.end, hint: "For example, 2012-03-16.", error: errors["end"],
                width: "medium"),
        ])
    }

    static func organisations(_ draft: Draft, errors: FormErrors) -> Node {
        let types = OrganisationType.allCases.map { ($0.rawValue, $0.directoryLabel) }
        return .fragment([
            .h2([], "Councils challenged"),
            .fragment(
                draft.organisations.enumerated().map { index, organisation in
                    let prefix = "organisation_\(index)"
                    return .fieldset(
                        [],
                        .legend([], .text("Organisation \(index + 1)")),
                        ReportImportPage.flag(draft, prefix),
                        FormControls.text(
                            field(prefix, "name"), label: "Name", value: organisation.name, error: errors[field(prefix, "name")]),
                        FormControls.select(
                            field(prefix, "type"), label: "Type", options: types, selected: organisation.type,
                            error: errors[field(prefix, "type")]))
                }),
        ])
    }

    static func team(_ draft: Draft, choices: ReportImportPage.Choices, errors: FormErrors) -> Node {
        .fragment([
            .h2([], "The peer team"),
            draft.team.isEmpty ? .p([], "No team was recognised in the report.") : .empty,
            .fragment(
                draft.team.enumerated().map { index, member in
                    let prefix = "member_\(index)"
                    return .fieldset(
                        [],
                        .legend([], .text("Team member \(index + 1)")),
                        ReportImportPage.flag(draft, prefix),
                        FormControls.text(field(prefix, "name"), label: "Name", value: member.name, error: errors[field(prefix, "name")]),
                        FormControls.text(
                            field(prefix, "organisation"), label: "Their organisation", value: member.organisation,
                            error: errors[field(prefix, "organisation")]),
                        FormControls.select(
                            field(prefix, "role"), label: "Role", options: choices.roles, selected: member.role,
                            error: errors[field(prefix, "role")]),
                        FormControls.text(
                            field(prefix, "job_title"), label: "Job title", value: member.jobTitle,
                            error: errors[field(prefix, "job_title")]),
                        ReportImportPage.leaveOut(
                            field(prefix, "leave_out"), words: "Leave out team member \(index + 1)", checked: member.leaveOut))
                }),
        ])
    }

    static func findings(_ draft: Draft, choices: ReportImportPage.Choices, errors: FormErrors) -> Node {
        let kinds = FindingKindWords.options
        return .fragment([
            .h2([], "Findings"),
            draft.findings.isEmpty ? .p([], "No findings were recognised in the report.") : .empty,
            .fragment(
                draft.findings.enumerated().map { index, finding in
                    let prefix = "finding_\(index)"
                    return .fieldset(
                        [],
                        .legend([], .text("Finding \(index + 1)")),
                        ReportImportPage.flag(draft, prefix),
                        FormControls.select(
                            field(prefix, "module"), label: "Area", options: choices.modules, selected: finding.module,
                            error: errors[field(prefix, "module")]),
                        FormControls.select(
                            field(prefix, "kind"), label: "Kind", options: kinds, selected: finding.kind,
                            error: errors[field(prefix, "kind")]),
                        FormControls.textArea(
                            field(prefix, "text"), label: "Text", value: finding.text, error: errors[field(prefix, "text")], rows: 4),
                        FormControls.select(
                            field(prefix, "organisation"), label: "About", options: choices.organisations, selected: finding.organisation,
                            error: errors[field(prefix, "organisation")]),
                        FormControls.text(
                            field(prefix, "attribution"), label: "Said by (for a quote)", value: finding.attribution,
                            error: errors[field(prefix, "attribution")]),
                        ReportImportPage.hiddenInput((field(prefix, "theme"), finding.theme)),
                        ReportImportPage.leaveOut(
                            field(prefix, "leave_out"), words: "Leave out finding \(index + 1)", checked: finding.leaveOut))
                }),
        ])
    }

    static func recommendations(_ draft: Draft, choices: ReportImportPage.Choices, errors: FormErrors) -> Node {
        let modules = [("", "None")] + choices.modules
        return .fragment([
            .h2([], "Recommendations"),
            draft.recommendations.isEmpty ? .p([], "No recommendations were recognised in the report.") : .empty,
            .fragment(
                draft.recommendations.enumerated().map { index, recommendation in
                    let prefix = "recommendation_\(index)"
                    return .fieldset(
                        [],
                        .legend([], .text("Recommendation \(index + 1)")),
                        ReportImportPage.flag(draft, prefix),
                        FormControls.text(
                            field(prefix, "number"), label: "Number", value: recommendation.number, error: errors[field(prefix, "number")],
                            width: "short"),
                        FormControls.textArea(
                            field(prefix, "text"), label: "Text", value: recommendation.text, error: errors[field(prefix, "text")], rows: 3),
                        FormControls.select(
                            field(prefix, "module"), label: "Area", options: modules, selected: recommendation.module,
                            error: errors[field(prefix, "module")]),
                        FormControls.select(
                            field(prefix, "organisation"), label: "For", options: choices.organisations,
                            selected: recommendation.organisation,
                            error: errors[field(prefix, "organisation")]),
                        ReportImportPage.leaveOut(
                            field(prefix, "leave_out"), words: "Leave out recommendation \(index + 1)", checked: recommendation.leaveOut))
                }),
        ])
    }
}
