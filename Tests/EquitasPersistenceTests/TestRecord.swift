import EquitasCore
import EquitasPersistence
import Foundation

/// A challenge with some of everything: through the part stores, or as one record.
enum TestRecord {
    /// Adds two team members, two evidence documents, a self-assessment entry citing
    /// both, a session both peers attended, two findings and a recommendation.
    static func fillParts(of challenge: UUID, in world: World) async throws {
        let team = world.parts(TeamMember.self)
        _ = try await team.create(challengeId: challenge, TeamMember(personId: world.leadPeer, role: .leadPeer))
        _ = try await team.create(challengeId: challenge, TeamMember(personId: world.officerPeer, role: .officerPeer))
        let evidence = world.parts(EvidenceDocument.self)
        let strategy = try await evidence.create(challengeId: challenge, EvidenceDocument(title: "Equality strategy", kind: .strategy, url: "https://example.org/strategy.pdf")).id
        let profile = try await evidence.create(
            challengeId: challenge, EvidenceDocument(title: "Workforce profile", kind: .workforceReport, url: "https://example.org/workforce.pdf")
        ).id
        _ = try await world.parts(SelfAssessmentEntry.self).create(
            challengeId: challenge,
            SelfAssessmentEntry(
                criterionId: "communities-1", judgement: "achieving", narrative: "We know our areas.", evidenceIds: [strategy, profile]))
        _ = try await world.parts(ProgrammeSession.self).create(
            challengeId: challenge,
            ProgrammeSession(
                start: time("2024-03-12T09:30"), end: time("2024-03-12T10:30"), kind: .focusGroup, title: "Staff networks",
                met: ["Staff equality network"], peerIds: [world.leadPeer, world.officerPeer]))
        let findings = world.parts(Finding.self)
        _ = try await findings.create(challengeId: challenge, Finding(module: "communities", kind: .strength, text: "Strong partnerships."))
        _ = try await findings.create(
            challengeId: challenge, Finding(module: "workforce", kind: .areaForConsideration, text: "Few disclose."))
        _ = try await world.parts(Recommendation.self).create(
            challengeId: challenge, Recommendation(number: 1, text: "Publish the profile."))
    }

    /// A whole record, already in the tidy form the stores keep, under new ids.
    static func sample(in world: World, organisations: [Identified<Organisation>], people: [Identified<Person>]) -> ChallengeRecord {
        let strategy = UUID()
        let profile = UUID()
        let challenge = Challenge(
            organisationIds: [world.council, world.partner], frameworkId: "test-levels", frameworkVersion: "2021",
            modules: [
                ModuleScope(id: "communities", level: "achieving", judgement: .confirmed, conclusion: "Achieving is confirmed."),
                ModuleScope(id: "workforce", level: "achieving", judgement: .notConfirmed),
            ],
            focus: "Joint working", start: date("2024-03-12"), end: date("2024-03-14"), status: .final,
            conclusion: "A council that listens.", award: Accreditation(level: "achieving", awarded: date("2024-06-01")))
        let file = StoredFile(
            filename: "strategy.pdf", mediaType: "application/pdf", size: 1234, sha256: String(repeating: "ab", count: 32))
        return ChallengeRecord(
            challenge: Identified(id: UUID(), value: challenge),
            organisations: organisations, people: people,
            team: [
                Identified(id: UUID(), value: TeamMember(personId: world.leadPeer, role: .leadPeer)),
                Identified(id: UUID(), value: TeamMember(personId: world.officerPeer, role: .officerPeer)),
            ],
            evidence: [
                Identified(
                    id: strategy, value: EvidenceDocument(title: "Equality strategy", kind: .strategy, date: date("2023-01-31"), file: file)
                ),
                Identified(
                    id: profile,
                    value: EvidenceDocument(title: "Workforce profile", kind: .workforceReport, url: "https://example.org/profile")),
            ],
            selfAssessment: [
                Identified(
                    id: UUID(),
                    value: SelfAssessmentEntry(
                        criterionId: "workforce-2", organisationId: world.partner, judgement: "developing", narrative: "Early days.",
                        evidenceIds: [profile, strategy])),
                Identified(id: UUID(), value: SelfAssessmentEntry(criterionId: "communities-1", narrative: "")),
            ],
            programme: [
                Identified(
                    id: UUID(),
                    value: ProgrammeSession(
                        start: time("2024-03-12T09:30"), end: time("2024-03-12T10:30"), kind: .interview,
                        title: "Leader and chief executive", peerIds: [world.leadPeer])),
                Identified(
                    id: UUID(),
                    value: ProgrammeSession(
                        start: time("2024-03-12T11:00"), end: time("2024-03-12T12:00"), kind: .focusGroup, title: "Partners",
                        met: ["Voluntary sector forum", "Police"], peerIds: [world.officerPeer, world.leadPeer], notes: "Lively.")),
            ],
            findings: [
                Identified(
                    id: UUID(), value: Finding(module: "communities", kind: .strength, text: "Strong partnerships.", theme: "Partnerships")),
                Identified(
                    id: UUID(),
                    value: Finding(module: "communities", kind: .quote, text: "They listen now.", attribution: "Partner organisation")),
                Identified(
                    id: UUID(),
                    value: Finding(
                        module: "workforce", kind: .areaForConsideration, text: "Few staff disclose a disability.",
                        organisationId: world.partner)),
                Identified(
                    id: UUID(),
                    value: Finding(module: "workforce", kind: .goodPractice, text: "Reverse mentoring.", organisationId: world.council)),
                Identified(id: UUID(), value: Finding(module: "workforce", kind: .nextLevel, text: "Set targets.")),
                Identified(id: UUID(), value: Finding(module: "communities", kind: .signpost, text: "See Eden's approach.")),
            ],
            recommendations: [
                Identified(
                    id: UUID(),
                    value: Recommendation(
                        number: 1, module: "workforce", text: "Publish the workforce profile.", organisationId: world.partner)),
                Identified(id: UUID(), value: Recommendation(number: 2, text: "Keep the forum going.")),
            ])
    }
}
