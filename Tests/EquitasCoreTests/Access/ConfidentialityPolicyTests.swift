import EquitasCore
import Foundation
import Testing

/// What stays with the team (DOMAIN.md): the council sees what it organises and writes,
/// the team's work only as it is handed over, and the team's notes never.
@Suite("What stays with the team")
struct ConfidentialityPolicyTests {
    typealias P = AccessPolicyTests
    static let council = [P.officer, P.councillor]
    static let beforeFinal: [ChallengeStatus] = [.planning, .selfAssessment, .onSite, .drafting, .councilReview]

    static func reads(_ actor: Actor, _ facts: ChallengeFacts, _ area: ChallengeArea) -> Bool {
        AccessPolicy.allows(actor, .read, .challenge(facts, part: area))
    }

    @Test("the team's notes are read by the team and those who run challenges, never by the council, at any status", arguments: ChallengeStatus.allCases)
    func notesNeverReachTheCouncil(status: ChallengeStatus) {
        for actor in Self.council + [P.otherOfficer, P.outsiderPeer, .anonymous] {
            #expect(!Self.reads(actor, P.facts(status), .teamNotes), "\(actor.role) at \(status)")
        }
        #expect(Self.reads(P.manager, P.facts(status), .teamNotes))
        #expect(Self.reads(P.peer, P.facts(status), .teamNotes) == (status <= .final))
    }

    @Test("findings, recommendations and the working copy stay with the team until the final report freezes them", arguments: beforeFinal)
    func peerWorkBeforeFinal(status: ChallengeStatus) {
        for actor in Self.council {
            #expect(!Self.reads(actor, P.facts(status), .peerWork), "\(actor.role) at \(status)")
            #expect(!Self.reads(actor, P.facts(status), .workingCopy), "\(actor.role) at \(status)")
        }
        #expect(Self.reads(P.peer, P.facts(status), .peerWork))
        #expect(Self.reads(P.peer, P.facts(status), .workingCopy))
    }

    @Test("from the final report the council reads the team's work, which can no longer change; never the working copy before publication")
    func peerWorkFromFinal() {
        for actor in Self.council {
            #expect(Self.reads(actor, P.facts(.final), .peerWork))
            #expect(!Self.reads(actor, P.facts(.final), .workingCopy))
            #expect(Self.reads(actor, P.facts(.published), .workingCopy))
        }
    }

    @Test("the schedule is the council's to see at once: it organises the programme")
    func scheduleIsShared() {
        for status in [ChallengeStatus.planning, .onSite, .drafting] {
            #expect(Self.reads(P.officer, P.facts(status), .programme))
            #expect(!AccessPolicy.allows(P.officer, .write, .challenge(P.facts(status), part: .programme)))
        }
        #expect(AccessPolicy.allows(P.peer, .write, .challenge(P.facts(.onSite), part: .programme)))
        #expect(!Self.reads(P.otherOfficer, P.facts(.onSite), .programme))
    }

    @Test("the deck is the council's once the feedback is recorded, not before; other councils never")
    func feedbackDeck() {
        let onSite = P.facts(.onSite, feedbackGiven: false, draftIssued: false)
        let given = P.facts(.onSite, feedbackGiven: true, draftIssued: false)
        #expect(!Self.reads(P.officer, onSite, .feedback))
        #expect(Self.reads(P.officer, given, .feedback))
        #expect(Self.reads(P.councillor, given, .feedback))
        #expect(!Self.reads(P.otherOfficer, given, .feedback))
        #expect(Self.reads(P.peer, onSite, .feedback))
        // Recording it is the review manager's.
        #expect(Set([P.admin, P.manager, P.peer, P.officer].filter { AccessPolicy.allows($0, .write, .challenge(onSite, part: .feedback)) }) == [P.admin, P.manager])
    }

    @Test("the issued report is the council's from the first draft: in drafting before a draft, nothing of it")
    func issuedReport() {
        let drafting = P.facts(.drafting, feedbackGiven: true, draftIssued: false)
        #expect(!Self.reads(P.officer, drafting, .report))
        #expect(Self.reads(P.officer, drafting, .feedback))
        let review = P.facts(.councilReview, feedbackGiven: true, draftIssued: true)
        #expect(Self.reads(P.officer, review, .report))
        #expect(!Self.reads(P.officer, review, .workingCopy))
        #expect(!Self.reads(P.officer, review, .peerWork))
    }

    @Test("what a reader may see of a record: the council's copy has no notes, findings, recommendations, conclusion, judgements or award")
    func visibleRecord() throws {
        let record = try Self.recordWithTeamWork()
        let council = record.visible(to: ChallengeVisibility(P.officer, P.facts(.councilReview)))
        #expect(council.programme.allSatisfy { $0.value.notes == nil })
        #expect(council.programme.map(\.value.title) == record.programme.map(\.value.title))
        #expect(council.findings.isEmpty && council.recommendations.isEmpty)
        #expect(council.challenge.value.conclusion == nil && council.challenge.value.award == nil)
        #expect(council.challenge.value.modules.allSatisfy { $0.judgement == .none && $0.conclusion == nil })
        #expect(record.visible(to: ChallengeVisibility(P.manager, P.facts(.councilReview))) == record)
        let final = record.visible(to: ChallengeVisibility(P.officer, P.facts(.final)))
        #expect(final.findings == record.findings && final.programme.allSatisfy { $0.value.notes == nil })
        #expect(record.withoutTeamNotes.findings == record.findings && record.withoutTeamNotes.programme.allSatisfy { $0.value.notes == nil })
    }

    /// The example challenge with notes on every session, a conclusion, judgements and an award.
    static func recordWithTeamWork() throws -> ChallengeRecord {
        var record = try TrailFixture.record()
        record.programme = record.programme.map { session in
            var value = session.value
            value.notes = "The leader was defensive about the pay gap"
            return Identified(id: session.id, value: value)
        }
        record.challenge.value.conclusion = "The council is achieving"
        record.challenge.value.award = Accreditation(level: "achieving", awarded: CalendarDate("2025-05-01")!, expires: CalendarDate("2028-05-01")!)
        record.challenge.value.modules = record.challenge.value.modules.map { ModuleScope(id: $0.id, level: $0.level, judgement: .confirmed, conclusion: "Sound") }
        #expect(!record.programme.isEmpty && !record.findings.isEmpty && !record.recommendations.isEmpty)
        return record
    }

    @Test("the history of changes leaves out the team's records and fields for a reader without its notes")
    func visibleHistory() {
        let council = ChallengeVisibility(P.officer, P.facts(.councilReview))
        func event(_ record: String, _ fields: [String]) -> AuditEvent {
            AuditEvent(
                id: .numbered(90), at: Date(timeIntervalSince1970: 0), author: .system, action: .deleted, record: record, recordId: .numbered(91),
                changes: fields.map { AuditFieldChange(field: $0, before: "was", after: nil) })
        }
        #expect(event("finding", ["text"]).visible(to: council) == nil)
        #expect(event("recommendation", ["text"]).visible(to: council) == nil)
        #expect(event("programme session", ["notes"]).visible(to: council) == nil)
        #expect(event("programme session", ["notes", "title"]).visible(to: council)?.changes.map(\.field) == ["title"])
        #expect(event("challenge", ["conclusion", "status"]).visible(to: council)?.changes.map(\.field) == ["status"])
        #expect(event("self-assessment entry", ["narrative"]).visible(to: council)?.changes.map(\.field) == ["narrative"])
        #expect(event("finding", ["text"]).visible(to: .everything) != nil)
    }
}
