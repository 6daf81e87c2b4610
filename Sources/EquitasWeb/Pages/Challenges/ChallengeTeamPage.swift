import EquitasCore
import Foundation

/// Who is on a challenge's team, and (for those who run the challenge) the forms to
/// add someone from the directory or take them off.
enum ChallengeTeamPage {
    struct Model {
        var id: UUID
        var name: String
        var team: [Identified<TeamMember>]
        var directory: DirectoryLookup
        var mayChange: Bool
        var done: String?
    }

    struct Input {
        var personId: String = ""
        var role: String = ""
    }

    static func layout(_ model: Model, input: Input = Input(), errors: FormErrors = FormErrors(), csrf: String?) -> PageLayout {
        let title = "Team"
        let removal: ((Identified<TeamMember>) -> Node)? = model.mayChange
            ? { member in
                FormControls.postButton(
                    "Remove \(model.directory.personName(member.value.personId))",
                    action: Site.challengeTeamItemRemovePost.path(model.id, member.id), csrf: csrf,
                    warning: true)
            } : nil
        return PageLayout(
            title: errors.titlePrefix + "Team of the " + model.name.prefixLowercased,
            content: [
                ChallengePageParts.breadcrumbs([
                    (Site.challenges.path, "Challenges"), (Site.challenge.path(model.id), model.name), (nil, title),
                ]),
                errors.summary,
                ChallengePageParts.notification(model.done),
                .h1([], .text(title)),
                model.team.isEmpty ? .p([], "No one is on the team yet.") : table(model.team, directory: model.directory, removal: removal),
                model.mayChange ? addForm(model, input: input, errors: errors, csrf: csrf) : .empty,
            ])
    }

    /// The team as a table; `removal` adds a last column with a button per member.
    static func table(
        _ team: [Identified<TeamMember>], directory: DirectoryLookup, removal: ((Identified<TeamMember>) -> Node)?
    ) -> Node {
        .table(
            [],
            .caption([], "Members of the team"),
            .thead(
                [],
                .tr(
                    [], .th(scope: .col, [], "Name"), .th(scope: .col, [], "Organisation"), .th(scope: .col, [], "Role"),
                    removal == nil ? .empty : .th(scope: .col, [], .span([.class("visually-hidden")], "Actions")))),
            .tbody(
                [],
                .fragment(team.map { member in
                    let person = directory.person(member.value.personId)
                    return .tr(
                        [],
                        .th(scope: .row, [], .text(directory.personName(member.value.personId))),
                        .td([], .text(directory.organisationName(person?.organisationId) ?? "None recorded")),
                        .td([], .text(member.value.role.label)),
                        removal.map { .td([], $0(member)) } ?? .empty)
                })))
    }

    private static func addForm(_ model: Model, input: Input, errors: FormErrors, csrf: String?) -> Node {
        let onTeam = Set(model.team.map(\.value.personId))
        let people = model.directory.people.filter { !onTeam.contains($0.id) }
        let options = [(value: "", words: "Choose a person")] + people.map { person in
            let organisation = model.directory.organisationName(person.value.organisationId)
            return (value: person.id.uuidString.lowercased(), words: person.value.name + (organisation.map { ", " + $0 } ?? ""))
        }
        return .section(
            [.aria("labelledby", "add-member-heading")],
            .h2([.id("add-member-heading")], "Add someone to the team"),
            .form(
                action: Site.challengeTeamPost.path(model.id), method: .post, [],
                FormControls.csrf(csrf),
                FormControls.select(
                    "person_id", label: "Person", options: options, selected: input.personId,
                    hint: "People are added to the directory on the People page.", error: errors["person_id"]),
                FormControls.radios(
                    "role", legend: "Role on the team", options: TeamRole.allCases.map { ($0.rawValue, $0.label) }, selected: input.role,
                    error: errors["role"]),
                FormControls.submit("Add to the team")))
    }
}

extension String {
    /// "Challenge of X" inside a sentence: "Team of the challenge of X".
    fileprivate var prefixLowercased: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
