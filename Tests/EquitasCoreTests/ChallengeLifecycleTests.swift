import EquitasCore
import Testing

@Suite("Challenge lifecycle")
struct ChallengeLifecycleTests {
    typealias Move = (from: ChallengeStatus, to: ChallengeStatus)

    static let peerChallengeMoves: [Move] = [
        (.planning, .selfAssessment), (.selfAssessment, .onSite), (.selfAssessment, .planning), (.onSite, .drafting),
        (.drafting, .councilReview), (.councilReview, .final), (.councilReview, .drafting), (.final, .published),
    ]
    static let selfAssessmentMoves: [Move] = [
        (.planning, .selfAssessment), (.selfAssessment, .final), (.selfAssessment, .planning), (.final, .published),
    ]

    func allowed(_ from: ChallengeStatus, _ to: ChallengeStatus, _ kind: ChallengeKind) -> Bool {
        (try? ChallengeLifecycle.check(from: from, to: to, kind: kind)) != nil
    }

    @Test("exactly the listed moves are allowed, for each kind", arguments: [ChallengeKind.peerChallenge, .selfAssessment])
    func everyMove(kind: ChallengeKind) {
        let moves = kind == .peerChallenge ? Self.peerChallengeMoves : Self.selfAssessmentMoves
        for from in ChallengeStatus.allCases {
            for to in ChallengeStatus.allCases where to != from {
                let listed = moves.contains { $0.from == from && $0.to == to }
                #expect(allowed(from, to, kind) == listed, "\(kind.rawValue): \(from.rawValue) → \(to.rawValue)")
            }
        }
    }

    @Test("staying put is always allowed")
    func samestatus() {
        #expect(ChallengeStatus.allCases.allSatisfy { allowed($0, $0, .peerChallenge) })
    }

    @Test("the paths and the next steps")
    func paths() {
        #expect(ChallengeLifecycle.path(for: .peerChallenge) == ChallengeStatus.allCases)
        #expect(ChallengeLifecycle.path(for: .selfAssessment) == [.planning, .selfAssessment, .final, .published])
        #expect(ChallengeLifecycle.next(from: .selfAssessment, kind: .peerChallenge) == [.onSite, .planning])
        #expect(ChallengeLifecycle.next(from: .selfAssessment, kind: .selfAssessment) == [.final, .planning])
        #expect(ChallengeLifecycle.next(from: .published, kind: .peerChallenge).isEmpty)
        #expect(ChallengeLifecycle.next(from: .onSite, kind: .selfAssessment).isEmpty)
    }

    @Test("a refusal says what may happen instead")
    func messages() {
        #expect(throws: RuleViolation("cannot move a challenge from planning to on site: from planning it can move to self assessment")) {
            try ChallengeLifecycle.check(from: .planning, to: .onSite, kind: .peerChallenge)
        }
        #expect(
            throws: RuleViolation(
                "cannot move a challenge from self assessment to drafting: from self assessment it can move to on site or planning")
        ) {
            try ChallengeLifecycle.check(from: .selfAssessment, to: .drafting, kind: .peerChallenge)
        }
        #expect(throws: RuleViolation("cannot move a challenge from published to drafting: a published challenge cannot change status")) {
            try ChallengeLifecycle.check(from: .published, to: .drafting, kind: .peerChallenge)
        }
        #expect(throws: RuleViolation("cannot move a challenge from final to planning: from final it can move to published")) {
            try ChallengeLifecycle.check(from: .final, to: .planning, kind: .selfAssessment)
        }
        #expect(throws: RuleViolation("a self assessment never goes through council review")) {
            try ChallengeLifecycle.check(from: .selfAssessment, to: .councilReview, kind: .selfAssessment)
        }
    }
}
