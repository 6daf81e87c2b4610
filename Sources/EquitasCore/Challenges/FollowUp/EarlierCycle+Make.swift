import Foundation

extension EarlierCycle {
    /// Last time, from the earlier challenge's record and the council's action plans
    /// that answer it (one per council in a joint challenge). The team's work comes in
    /// only when the council may read it (`AccessPolicy`: from the final report on).
    /// A plan item answers a recommendation as `PlanItemRecord.answering` says.
    public static func make(earlier record: ChallengeRecord, framework: Framework?, plans: [ActionPlanRecord]) -> EarlierCycle {
        let challenge = record.challenge.value
        let shown = AccessPolicy.councilReads(.peerWork, ChallengeFacts(status: challenge.status, organisationIds: challenge.organisationIds, teamPersonIds: []))
        func levelName(_ id: String) -> String { framework?.level(id)?.name ?? id }
        let modules = challenge.modules.map { scope in
            EarlierModule(
                id: scope.id, name: framework?.module(scope.id)?.name ?? scope.id, level: scope.level, levelName: levelName(scope.level),
                judgement: shown ? scope.judgement : .none, conclusion: shown ? scope.conclusion : nil)
        }
        let recommendations = shown ? record.recommendations.map { carried($0, plans: plans) } : []
        return EarlierCycle(
            challengeId: record.challenge.id,
            frameworkLine: framework.map { "\($0.name) (\($0.version))" } ?? challenge.frameworkId,
            start: challenge.start, end: challenge.end, status: challenge.status, peerWorkShown: shown,
            award: shown ? challenge.award : nil, awardLevelName: shown ? challenge.award.map { levelName($0.level) } : nil,
            modules: modules, selfAssessment: record.selfAssessment.map(\.value),
            findings: shown ? record.findings.map(\.value).filter { $0.kind != .quote } : [],
            recommendations: recommendations)
    }

    private static func carried(_ recommendation: Identified<Recommendation>, plans: [ActionPlanRecord]) -> CarriedRecommendation {
        let value = recommendation.value
        let items = PlanItemRecord.answering(recommendation, in: plans)
        let actions = items.flatMap(\.actions).map { action in
            CarriedAction(
                description: action.action.value.description, status: action.action.value.status,
                due: action.action.value.timescale?.dueDate, latestUpdateOn: action.latestUpdate?.date, latestUpdate: action.latestUpdate?.text)
        }
        return CarriedRecommendation(
            number: value.number, module: value.module, text: value.text, organisationId: value.organisationId,
            response: items.lazy.compactMap(\.item.value.response).first, actions: actions)
    }
}
