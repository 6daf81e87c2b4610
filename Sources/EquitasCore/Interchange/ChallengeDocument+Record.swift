import Foundation

extension ChallengeDocument {
    /// The challenge as the store keeps it, every name looked up in `directory` and every
    /// new part given an id by `newID` (challenge, team, evidence, self-assessment,
    /// programme, findings, recommendations, in that order). Validate the document first:
    /// this refuses only what cannot be mapped at all.
    public func record(directory: ChallengeDirectory, newID: () -> UUID) throws(ValidationFailure) -> ChallengeRecord {
        try RecordBuilder(document: self, directory: directory, framework: nil, secondFramework: nil).build(newID: newID)
    }

    /// The record as a document: ids become names, everything in record order, and every
    /// default written out, so that the same record always gives the same bytes. A name
    /// the record does not hold (which a complete record never lacks) shows as its id.
    public init(record: ChallengeRecord) {
        let challenge = record.challenge.value
        let organisations = Dictionary(record.organisations.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        let people = Dictionary(record.people.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        let titles = Dictionary(record.evidence.map { ($0.id, $0.value.title) }, uniquingKeysWith: { first, _ in first })
        func organisationName(_ id: UUID?) -> String? { id.map { organisations[$0]?.name ?? $0.uuidString.lowercased() } }
        func personName(_ id: UUID) -> String { people[id]?.name ?? id.uuidString.lowercased() }

        self.init(
            framework: challenge.frameworkId, frameworkVersion: challenge.frameworkVersion, kind: challenge.kind.rawValue,
            status: challenge.status.rawValue,
            organisations: challenge.organisationIds.map { id in
                let organisation = organisations[id]
                return OrganisationEntry(
                    name: organisation?.name ?? id.uuidString.lowercased(), type: (organisation?.type ?? .other).rawValue,
                    onsCode: organisation?.onsCode)
            },
            level: challenge.commonLevel, start: challenge.start, end: challenge.end, focus: challenge.focus,
            conclusion: challenge.conclusion,
            award: challenge.award.map { AwardEntry(level: $0.level, awarded: $0.awarded, expires: $0.expires) },
            team: record.team.map { member in
                let person = people[member.value.personId]
                return TeamEntry(
                    name: person?.name ?? member.value.personId.uuidString.lowercased(),
                    organisation: organisationName(person?.organisationId),
                    role: member.value.role.rawValue, jobTitle: person?.jobTitle)
            },
            modules: challenge.modules.map {
                ModuleEntry(id: $0.id, level: $0.level, judgement: $0.judgement.rawValue, conclusion: $0.conclusion)
            },
            evidence: record.evidence.map {
                EvidenceEntry(
                    title: $0.value.title, kind: $0.value.kind.rawValue, date: $0.value.date, url: $0.value.url, file: $0.value.file,
                    impactAssessmentId: $0.value.impactAssessmentId)
            },
            selfAssessment: record.selfAssessment.map {
                AssessmentEntry(
                    criterion: $0.value.criterionId, organisation: organisationName($0.value.organisationId), judgement: $0.value.judgement,
                    score: $0.value.score, narrative: $0.value.narrative.isEmpty ? nil : $0.value.narrative,
                    evidence: $0.value.evidenceIds.map { titles[$0] ?? $0.uuidString.lowercased() })
            },
            programme: record.programme.map {
                SessionEntry(
                    start: $0.value.start, end: $0.value.end, kind: $0.value.kind.rawValue, title: $0.value.title, met: $0.value.met,
                    peers: $0.value.peerIds.map(personName), notes: $0.value.notes)
            },
            findings: record.findings.map {
                FindingEntry(
                    module: $0.value.module, kind: $0.value.kind.rawValue, text: $0.value.text,
                    organisation: organisationName($0.value.organisationId), attribution: $0.value.attribution, theme: $0.value.theme)
            },
            recommendations: record.recommendations.map {
                RecommendationEntry(
                    number: $0.value.number, module: $0.value.module, text: $0.value.text,
                    organisation: organisationName($0.value.organisationId))
            },
            follows: challenge.follows,
            secondLevel: challenge.secondLevel.map {
                SecondLevelEntry(framework: $0.frameworkId, frameworkVersion: $0.frameworkVersion, level: $0.level, judgement: $0.judgement.rawValue)
            })
    }
}
