import Foundation

/// Turns a document into a record: names become ids through a directory, enum strings
/// become enums, and a reference that leads nowhere is refused with its path. Given a
/// framework it also runs each part's own validation and keeps the tidied part, which is
/// how `validated(against:)` checks a document without repeating a rule of the domain.
struct RecordBuilder {
    let document: ChallengeDocument
    let directory: ChallengeDirectory
    /// nil when the document is already valid and only its ids are wanted.
    let framework: Framework?
    /// The framework of the document's second level, when validating one.
    let secondFramework: Framework?

    var validating: Bool { framework != nil }

    func build(newID: () -> UUID) throws(ValidationFailure) -> ChallengeRecord {
        let kind = try ChallengeKind.parse(document.kind, path: "kind", default: .peerChallenge)
        let status = try ChallengeStatus.parse(document.status, path: "status", default: .planning)
        let challenged = try challengedOrganisations()
        let challenge = Identified(
            id: newID(), value: try self.challenge(kind: kind, status: status, organisationIds: challenged.map(\.id)))
        var context = framework.map { ChallengeContext(framework: $0, challenge: challenge.value) }
        let team = try self.team(context: context, newID: newID)
        context?.teamPersonIds = Set(team.people.map(\.id))
        var names = NameResolver(organisations: challenged, people: team.people)
        let evidence = try self.evidence(context: context, newID: newID)
        names.evidence = evidence
        context?.evidenceIds = Set(evidence.map(\.id))
        var organisations = challenged
        for organisation in team.organisations where !organisations.contains(where: { $0.id == organisation.id }) {
            organisations.append(organisation)
        }
        return ChallengeRecord(
            challenge: challenge, organisations: organisations, people: team.people, team: team.members, evidence: evidence,
            selfAssessment: try selfAssessment(names: names, context: context, newID: newID),
            programme: try programme(names: names, context: context, newID: newID),
            findings: try findings(names: names, context: context, newID: newID),
            recommendations: try recommendations(names: names, context: context, newID: newID))
    }

    private func challengedOrganisations() throws(ValidationFailure) -> [Identified<Organisation>] {
        guard !document.organisations.isEmpty else {
            throw ValidationFailure(path: "organisations", message: "name at least one organisation")
        }
        var result: [Identified<Organisation>] = []
        for (index, entry) in document.organisations.enumerated() {
            let path = "organisations[\(index)]"
            _ = try OrganisationType.parse(entry.type, path: "\(path).type", default: .other)
            guard var found = directory.organisation(named: entry.name) else { throw notInDirectory(entry.name, path: "\(path).name") }
            if validating { found.value = try nested(path) { () throws(ValidationFailure) in try found.value.validated() } }
            if let earlier = result.firstIndex(where: { $0.id == found.id }) {
                throw ValidationFailure(path: "\(path).name", message: "\"\(entry.name)\" is already organisations[\(earlier)]")
            }
            result.append(found)
        }
        return result
    }

    private func challenge(kind: ChallengeKind, status: ChallengeStatus, organisationIds: [UUID]) throws(ValidationFailure) -> Challenge {
        if let framework, let level = document.level { try framework.checkLevel(level, path: "level") }
        var modules: [ModuleScope] = []
        for (index, entry) in document.modules.enumerated() {
            let path = "modules[\(index)]"
            guard let level = entry.level ?? document.level else {
                throw ValidationFailure(
                    path: "\(path).level", message: "missing (give the module a level, or the document a top-level level)")
            }
            let judgement = try Judgement.parse(entry.judgement, path: "\(path).judgement", default: .none)
            modules.append(ModuleScope(id: entry.id, level: level, judgement: judgement, conclusion: entry.conclusion))
        }
        let challenge = Challenge(
            organisationIds: organisationIds, frameworkId: document.framework, frameworkVersion: document.frameworkVersion, kind: kind,
            modules: modules, focus: document.focus, start: document.start, end: document.end, status: status,
            conclusion: document.conclusion,
            award: document.award.map { Accreditation(level: $0.level, awarded: $0.awarded, expires: $0.expires) },
            follows: document.follows, secondLevel: try secondLevel())
        guard let framework else { return challenge }
        do {
            return try challenge.validated(against: framework, second: secondFramework)
        } catch {
            throw error.renamingField(["organisation_ids": "organisations"]).renamingSecondFramework()
        }
    }

    private func secondLevel() throws(ValidationFailure) -> SecondLevel? {
        guard let entry = document.secondLevel else { return nil }
        let judgement = try Judgement.parse(entry.judgement, path: "second_level.judgement", default: .none)
        return SecondLevel(frameworkId: entry.framework, frameworkVersion: entry.frameworkVersion, level: entry.level, judgement: judgement)
    }

    struct Team {
        var people: [Identified<Person>] = []
        var members: [Identified<TeamMember>] = []
        var organisations: [Identified<Organisation>] = []
    }

    private func team(context: ChallengeContext?, newID: () -> UUID) throws(ValidationFailure) -> Team {
        var team = Team()
        for (index, entry) in document.team.enumerated() {
            let path = "team[\(index)]"
            if validating { try checkText(of: entry, path: path) }
            let role = try TeamRole.parse(entry.role, path: "\(path).role")
            if let name = entry.organisation {
                guard let organisation = directory.organisation(named: name) else {
                    throw notInDirectory(name, path: "\(path).organisation")
                }
                if !team.organisations.contains(where: { $0.id == organisation.id }) { team.organisations.append(organisation) }
            }
            guard let person = directory.person(named: entry.name, organisation: entry.organisation) else {
                throw notInDirectory(entry.name, path: "\(path).name")
            }
            if let earlier = team.members.firstIndex(where: { $0.value.personId == person.id }) {
                let who = "\"\(entry.name)\"" + (entry.organisation.map { " of \($0)" } ?? "")
                throw ValidationFailure(path: "\(path).name", message: "\(who) is already team[\(earlier)]")
            }
            let member = try check(TeamMember(personId: person.id, role: role), path: path, context: context)
            team.members.append(Identified(id: newID(), value: member))
            if !team.people.contains(where: { $0.id == person.id }) { team.people.append(person) }
        }
        return team
    }

    /// The rules the store applies when it creates the person and their organisation.
    private func checkText(of entry: ChallengeDocument.TeamEntry, path: String) throws(ValidationFailure) {
        _ = try nested(path) { () throws(ValidationFailure) in try Person(name: entry.name, jobTitle: entry.jobTitle).validated() }
        guard let organisation = entry.organisation else { return }
        do {
            _ = try Organisation(name: organisation, type: .other).validated()
        } catch {
            throw error.renamingField(["name": "organisation"]).nested(under: path)
        }
    }

    func notInDirectory(_ name: String, path: String) -> ValidationFailure {
        ValidationFailure(path: path, message: "\"\(name)\" is not in the directory of organisations and people")
    }

    /// Runs a part's own validation when validating, re-pathing its failure into the document.
    func check<Part: ChallengePart>(
        _ part: Part, path: String, context: ChallengeContext?, renaming names: [String: String] = [:]
    ) throws(ValidationFailure) -> Part {
        guard let context else { return part }
        do {
            return try part.validated(in: context)
        } catch {
            throw error.renamingField(names).nested(under: path)
        }
    }

    func nested<T>(_ path: String, _ body: () throws(ValidationFailure) -> T) throws(ValidationFailure) -> T {
        do {
            return try body()
        } catch {
            throw error.nested(under: path)
        }
    }
}
