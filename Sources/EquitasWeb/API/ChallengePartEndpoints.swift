import Foundation

/// The five routes of one kind of a challenge's parts in the API, from the route table.
struct ChallengePartEndpoints: Sendable {
    let list: Endpoint<UUID>
    let create: Endpoint<UUID>
    let show: Endpoint<(UUID, UUID)>
    let update: Endpoint<(UUID, UUID)>
    let delete: Endpoint<(UUID, UUID)>

    static let team = ChallengePartEndpoints(
        list: API.challengeTeam, create: API.challengeTeamPost, show: API.challengeTeamItem, update: API.challengeTeamItemPut,
        delete: API.challengeTeamItemDelete)
    static let selfAssessment = ChallengePartEndpoints(
        list: API.challengeSelfAssessment, create: API.challengeSelfAssessmentPost, show: API.challengeSelfAssessmentItem,
        update: API.challengeSelfAssessmentItemPut, delete: API.challengeSelfAssessmentItemDelete)
    static let evidence = ChallengePartEndpoints(
        list: API.challengeEvidence, create: API.challengeEvidencePost, show: API.challengeEvidenceItem, update: API.challengeEvidenceItemPut,
        delete: API.challengeEvidenceItemDelete)
    static let programme = ChallengePartEndpoints(
        list: API.challengeProgramme, create: API.challengeProgrammePost, show: API.challengeProgrammeItem,
        update: API.challengeProgrammeItemPut, delete: API.challengeProgrammeItemDelete)
    static let findings = ChallengePartEndpoints(
        list: API.challengeFindings, create: API.challengeFindingsPost, show: API.challengeFinding, update: API.challengeFindingPut,
        delete: API.challengeFindingDelete)
    static let recommendations = ChallengePartEndpoints(
        list: API.challengeRecommendations, create: API.challengeRecommendationsPost, show: API.challengeRecommendation,
        update: API.challengeRecommendationPut, delete: API.challengeRecommendationDelete)
}
