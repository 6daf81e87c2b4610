import EquitasCore
import Foundation
import Testing

@Suite("A challenge that follows an earlier one")
struct FollowUpTests {
    /// The example challenge (final, joint, three recommendations) as last time.
    static func earlierRecord() throws -> ChallengeRecord { try ReportBuilderTests.exampleRecord() }

    /// A plan answering recommendation 1 by id (two actions, one finished) and
    /// recommendation 2 by number only (not agreed, no actions).
    static func plan(for record: ChallengeRecord) -> ActionPlanRecord {
        let council = record.challenge.value.organisationIds[0]
        let first = record.recommendations[0]
        let actions = [
            PlanActionRecord(
                action: Identified(id: UUID(), value: PlanAction(description: "Put the profile on the intranet", status: .complete)),
                updates: [Identified(id: UUID(), value: ProgressUpdate(date: CalendarDate("2025-09-01")!, author: "Officer", text: "Done in August."))]),
            PlanActionRecord(
                action: Identified(id: UUID(), value: PlanAction(description: "Train managers to use it", status: .atRisk)),
                updates: [
                    Identified(id: UUID(), value: ProgressUpdate(date: CalendarDate("2025-10-01")!, author: "Officer", text: "Booked.")),
                    Identified(id: UUID(), value: ProgressUpdate(date: CalendarDate("2026-02-01")!, author: "Officer", text: "Half the sessions cancelled.")),
                ]),
        ]
        return ActionPlanRecord(
            plan: Identified(id: UUID(), value: ActionPlan(organisationId: council, challengeId: record.challenge.id, title: "Plan")),
            items: [
                PlanItemRecord(
                    item: Identified(id: UUID(), value: PlanItem(number: 1, recommendationId: first.id, text: first.value.text, response: .agreed)),
                    actions: actions),
                PlanItemRecord(
                    item: Identified(id: UUID(), value: PlanItem(number: 2, text: "Two", response: .notAgreed, rationale: "Done another way")),
                    actions: []),
            ])
    }

    static func followUp(of earlier: ChallengeRecord, plans: [ActionPlanRecord]) -> ChallengeRecord {
        var record = earlier
        record.challenge = Identified(id: UUID(), value: Challenge(
            organisationIds: earlier.challenge.value.organisationIds, frameworkId: "mock-eflg", frameworkVersion: "2",
            modules: [ModuleScope(id: "communities", level: "excellent"), ModuleScope(id: "workforce", level: "achieving")],
            start: CalendarDate("2028-03-01"), status: .drafting, follows: earlier.challenge.id))
        record.findings = []
        record.recommendations = []
        record.earlier = EarlierCycle.make(earlier: earlier, framework: .mock, plans: plans)
        return record
    }

    @Test("set-up starts from the earlier scope: councils, framework and levels, never last time's judgements")
    func startingScope() throws {
        let earlier = try Self.earlierRecord().challenge.value
        let blank = Challenge(organisationIds: [], frameworkId: "", modules: [], follows: UUID())
        let started = blank.startingFrom(earlier)
        #expect(started.organisationIds == earlier.organisationIds)
        #expect(started.frameworkId == earlier.frameworkId)
        #expect(started.modules == earlier.modules.map { ModuleScope(id: $0.id, level: $0.level) })
        #expect(earlier.modules.contains { $0.judgement == .confirmed }, "the example has a judgement that must not be carried")
        let chosen = Challenge(organisationIds: [earlier.organisationIds[0]], frameworkId: "other", modules: [])
        #expect(chosen.startingFrom(earlier).organisationIds == [earlier.organisationIds[0]])
        #expect(chosen.startingFrom(earlier).modules.isEmpty, "modules of another framework are not carried")
    }

    @Test("a follow-up is of the same councils and comes later")
    func followsRule() throws {
        let earlier = try Self.earlierRecord().challenge.value
        var later = earlier
        later.start = CalendarDate("2028-03-01")
        #expect(throws: Never.self) { try later.checkFollows(earlier) }
        var other = later
        other.organisationIds = [UUID()]
        #expect(failure { () throws(ValidationFailure) in try other.checkFollows(earlier) }?.path == "follows")
        var before = later
        before.start = CalendarDate("2024-01-01")
        #expect(failure { () throws(ValidationFailure) in try before.checkFollows(earlier) }?.message.contains("2025-03-11") == true)
    }

    @Test("a challenge given with follows may leave out its scope; without it the scope is required")
    func decoding() throws {
        let earlierId = UUID()
        let json = Data(#"{"follows":"\#(earlierId.uuidString)","start":"2028-03-01"}"#.utf8)
        let challenge = try JSONCoding.decoder().decode(Challenge.self, from: json)
        #expect(challenge.follows == earlierId)
        #expect(challenge.organisationIds.isEmpty && challenge.modules.isEmpty)
        #expect(throws: DecodingError.self) { try JSONCoding.decoder().decode(Challenge.self, from: Data(#"{"start":"2028-03-01"}"#.utf8)) }
        let encoded = String(decoding: try JSONCoding.encoder().encode(challenge), as: UTF8.self)
        #expect(encoded.contains("\"follows\""))
    }

    @Test("last time holds the earlier team's work once its final report was issued, and each recommendation's fate")
    func earlierCycle() throws {
        let earlier = try Self.earlierRecord()
        let cycle = EarlierCycle.make(earlier: earlier, framework: .mock, plans: [Self.plan(for: earlier)])
        #expect(cycle.peerWorkShown)
        #expect(cycle.awardLevelName == "Achieving")
        #expect(cycle.module("communities")?.judgement == .confirmed)
        #expect(cycle.findings.count == earlier.findings.count - earlier.findings.filter { $0.value.kind == .quote }.count)
        #expect(cycle.entry(criterionId: "communities.1.1", council: nil)?.narrative == earlier.selfAssessment[0].value.narrative)
        #expect(cycle.recommendations.map(\.number) == [1, 2, 3])
        let first = cycle.recommendations[0]
        #expect(first.response == .agreed)
        #expect(first.actions.map(\.status) == [.complete, .atRisk])
        #expect(first.actions[1].latestUpdate == "Half the sessions cancelled.")
        #expect(first.outcome == "Agreed; 1 of 2 actions finished")
        #expect(first.isOpen && first.openActions.count == 1)
        #expect(cycle.recommendations[1].response == .notAgreed && !cycle.recommendations[1].isOpen, "matched by number")
        #expect(cycle.recommendations[2].isOpen && cycle.recommendations[2].response == nil)
        #expect(cycle.openRecommendations.map(\.number) == [1, 3])
    }

    @Test("before the earlier final report, only the council's own self-assessment comes in")
    func hiddenBeforeFinal() throws {
        var earlier = try Self.earlierRecord()
        earlier.challenge.value.status = .councilReview
        let cycle = EarlierCycle.make(earlier: earlier, framework: .mock, plans: [Self.plan(for: earlier)])
        #expect(!cycle.peerWorkShown)
        #expect(cycle.findings.isEmpty && cycle.recommendations.isEmpty && cycle.award == nil)
        #expect(cycle.modules.allSatisfy { $0.judgement == .none && $0.conclusion == nil })
        #expect(!cycle.selfAssessment.isEmpty)
    }

    @Test("the report's \"Since the last challenge\" compares each module and lists what became of each recommendation")
    func reportSection() throws {
        let earlier = try Self.earlierRecord()
        let record = Self.followUp(of: earlier, plans: [Self.plan(for: earlier)])
        let report = ReportBuilder.build(record, framework: .mock, edition: ReportBuilderTests.edition)
        let ids = report.sections.map(\.id)
        let position = try #require(ids.firstIndex(of: "since-last-challenge"))
        #expect(ids[0] == "background" && position > 0, "after the background, before the modules and annexes")
        let section = try #require(report.sections.first { $0.id == "since-last-challenge" })
        guard case .cited(let opening) = section.blocks[0] else { Issue.record("the opening is a numbered paragraph"); return }
        #expect(opening[0].text.contains("11 to 13 March 2025") && opening[0].text.contains("until 1 May 2028"))
        guard case .table(let modules) = section.blocks.last else { Issue.record("modules as a table"); return }
        #expect(modules.rows == [
            ["Module 1: Communities", "Achieving", "Confirmed at Achieving", "Excellent", "Findings only"],
            ["Module 3: Workforce", "Not assessed", "", "Achieving", "Findings only"],
            ["Module 2: Leadership", "Achieving", "Findings only", "Not assessed", ""],
        ])
        let recommendations = try #require(section.subsections.first)
        guard case .table(let table) = recommendations.blocks.last else { Issue.record("recommendations as a table"); return }
        #expect(table.rows.map { $0[0] } == ["1", "2", "3"])
        #expect(table.rows[0][2] == "Agreed; 1 of 2 actions finished")
        #expect(table.rows[0][3].contains("At risk — Train managers to use it. Latest update, 1 February 2026: Half the sessions cancelled."))
        #expect(table.rows[2][3] == "None recorded")
    }

    @Test("a challenge that follows none has no such section")
    func noSection() throws {
        let report = ReportBuilder.build(try Self.earlierRecord(), framework: .mock, edition: ReportBuilderTests.edition)
        #expect(!report.sections.contains { $0.id == "since-last-challenge" })
    }

    @Test("equitas.challenge/1 carries follows; a document without it still reads")
    func interchange() throws {
        var document = try ChallengeDocument.example()
        #expect(document.follows == nil)
        let earlierId = UUID()
        document.follows = earlierId
        let again = try ChallengeDocument.decode(try document.encoded())
        #expect(again.follows == earlierId)
        let ids = IDSequence()
        let record = try again.validated(against: .mock).record(directory: .fresh(for: again, newID: ids.next), newID: ids.next)
        #expect(record.challenge.value.follows == earlierId)
        #expect(ChallengeDocument(record: record).follows == earlierId)
    }
}
