import EquitasCore
import Foundation
import Testing

@Suite("Issuing drafts and the final report")
struct ReportIssueRuleTests {
    @Test("a draft may be issued while drafting or in council review, and at no other time",
          arguments: ChallengeStatus.allCases)
    func draftStatus(status: ChallengeStatus) {
        let refusal = refusal { () throws(RuleViolation) in try ReportTrail.checkIssueDraft(status: status) }

        if status == .drafting || status == .councilReview {
            #expect(refusal == nil)
        } else if status == .final || status == .published {
            #expect(refusal?.message == "the final report of this challenge has been issued, so no further draft can be")
        } else {
            #expect(refusal?.message.hasSuffix("this one is in \(status.label)") == true)
        }
    }

    @Test("the final report needs council review, a draft, and every comment resolved")
    func finalRules() {
        let resolved = [TrailFixture.summary(1, total: 2, unresolved: 0)]

        #expect(refusal { () throws(RuleViolation) in try ReportTrail.checkIssueFinal(status: .councilReview, versions: resolved) } == nil)
        #expect(refusal { () throws(RuleViolation) in try ReportTrail.checkIssueFinal(status: .councilReview, versions: []) }?.message
            == "issue a draft for council comment before the final report")
        #expect(refusal { () throws(RuleViolation) in try ReportTrail.checkIssueFinal(status: .drafting, versions: resolved) }?.message
            == "the final report can be issued only while the challenge is in council review; this one is in drafting: issue a draft for council comment first")
    }

    @Test("a refused final says how many comments are unresolved and on which drafts")
    func unresolvedCount() {
        let one = [TrailFixture.summary(1, total: 3, unresolved: 2)]
        let several = [
            TrailFixture.summary(1, total: 3, unresolved: 1), TrailFixture.summary(2, total: 1, unresolved: 0),
            TrailFixture.summary(3, total: 4, unresolved: 3),
        ]

        let first = refusal { () throws(RuleViolation) in try ReportTrail.checkIssueFinal(status: .councilReview, versions: one) }
        let second = refusal { () throws(RuleViolation) in try ReportTrail.checkIssueFinal(status: .councilReview, versions: several) }

        #expect(first?.message == "2 comments on draft 1 are unresolved; resolve each before issuing the final report")
        #expect(second?.message == "1 comment on draft 1 and 3 comments on draft 3 are unresolved; resolve each before issuing the final report")
        #expect(ReportTrail.unresolvedMessage([TrailFixture.summary(2, total: 1, unresolved: 1)]) == "1 comment on draft 2 is unresolved")
    }

    @Test("there is only one final report")
    func onlyOneFinal() {
        let versions = [TrailFixture.summary(1), TrailFixture.summary(2, kind: .final)]

        let refused = refusal { () throws(RuleViolation) in try ReportTrail.checkIssueFinal(status: .councilReview, versions: versions) }

        #expect(refused?.message == "this challenge already has the final report (version 2), issued on 2025-04-01")
    }

    @Test("numbers run on from the highest version, drafts and final alike")
    func numbering() throws {
        #expect(ReportTrail.nextNumber(after: []) == 1)
        #expect(ReportTrail.nextNumber(after: [TrailFixture.summary(1), TrailFixture.summary(2)]) == 3)
        #expect(try ReportTrail.issuer("  Sam Whitlock ") == "Sam Whitlock")
        #expect(throws: ValidationFailure(path: "issued_by", message: "must not be blank")) { try ReportTrail.issuer(" ") }
    }

    @Test("a version's edition names the draft by its number, or the final")
    func editions() throws {
        let draft = try TrailFixture.version(2)
        let final = try TrailFixture.version(3, kind: .final)

        #expect(draft.edition == .draft(number: 2, issued: CalendarDate("2025-04-01")!))
        #expect(final.edition == .final(issued: CalendarDate("2025-04-01")!))
        #expect(ReportSource(version: draft).edition.label == "Draft 2 for council comment")
    }

    func refusal(_ body: () throws(RuleViolation) -> Void) -> RuleViolation? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }
}
