import EquitasCore
import Foundation
import Testing

@Suite("Making a plan from the final report")
struct ActionPlanDraftTests {
    /// The example challenge made joint: recommendation 1 is joint, 2 belongs to the
    /// second council, 3 to the first.
    static func jointRecord(status: ChallengeStatus = .final) throws -> (ChallengeRecord, first: UUID, second: UUID) {
        var record = try TrailFixture.record(status: status)
        let first = record.challenge.value.organisationIds[0]
        let second = UUID.numbered(900)
        record.organisations.append(Identified(id: second, value: Organisation(name: "Second Borough Council", type: .boroughCouncil)))
        record.challenge.value.organisationIds.append(second)
        record.recommendations = [
            Identified(id: .numbered(901), value: Recommendation(number: 3, text: "Third, for the first council.", organisationId: first)),
            Identified(id: .numbered(902), value: Recommendation(number: 1, module: "communities", text: "First, joint.")),
            Identified(id: .numbered(903), value: Recommendation(number: 2, text: "Second, for the second council.", organisationId: second)),
        ]
        return (record, first, second)
    }

    @Test("one item per recommendation for this council, numbered and linked as in the report")
    func itemsPerRecommendation() throws {
        let (record, first, second) = try Self.jointRecord()
        let made = try ActionPlanDraft.make(from: record, organisationId: first)
        #expect(made.items.map(\.number) == [1, 3])
        #expect(made.items.map(\.recommendationId) == [.numbered(902), .numbered(901)])
        #expect(made.items[0].module == "communities")
        #expect(made.items.allSatisfy { $0.response == nil && $0.rationale == nil })
        #expect(made.plan.challengeId == record.challenge.id && made.plan.organisationId == first)
        let other = try ActionPlanDraft.make(from: record, organisationId: second)
        #expect(other.items.map(\.text) == ["First, joint.", "Second, for the second council."])
    }

    @Test("only a final or published report can be answered", arguments: [ChallengeStatus.drafting, .councilReview])
    func notFinal(status: ChallengeStatus) throws {
        let (record, first, _) = try Self.jointRecord(status: status)
        #expect(throws: RuleViolation.self) { try ActionPlanDraft.make(from: record, organisationId: first) }
    }

    @Test("a council outside the challenge cannot have its plan")
    func outsider() throws {
        let (record, _, _) = try Self.jointRecord()
        #expect(throws: ValidationFailure(path: "organisation_id", message: "is not one of this challenge's councils")) {
            try ActionPlanDraft.make(from: record, organisationId: .numbered(999))
        }
    }
}
