import EquitasCore
import Foundation

/// A challenge's register, overview, set-up, team, programme, self-assessment, evidence and history.
extension API {
    static let challenges = Endpoint<Void>(.GET, "api", "v1", "challenges", resource: .challengeRegister)
    static let challengesPost = Endpoint<Void>(.POST, "api", "v1", "challenges", resource: .challengeRegister)
    static let challenge = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, resource: .challenge(.setUp))
    static let challengePut = Endpoint<UUID>(.PUT, "api", "v1", "challenges", .challengeID, resource: .challenge(.setUp))
    static let challengeDelete = Endpoint<UUID>(.DELETE, "api", "v1", "challenges", .challengeID, resource: .challenge(.setUp))
    static let challengeActionPlanPost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "action-plan", resource: .actionPlanRegister)
    static let challengeChanges = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "changes", resource: .challenge(.setUp))
    static let challengeEvidence = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "evidence", resource: .challenge(.evidence))
    static let challengeEvidencePost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "evidence", resource: .challenge(.evidence))
    static let challengeEvidenceItem = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "challenges", .challengeID, "evidence", .partID, resource: .challenge(.evidence))
    static let challengeEvidenceItemPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "challenges", .challengeID, "evidence", .partID, resource: .challenge(.evidence))
    static let challengeEvidenceItemDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "challenges", .challengeID, "evidence", .partID, resource: .challenge(.evidence))
    static let challengeEvidenceItemFile = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "challenges", .challengeID, "evidence", .partID, "file", resource: .challenge(.evidence))
    static let challengeEvidenceItemFilePut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "challenges", .challengeID, "evidence", .partID, "file", resource: .challenge(.evidence))
    static let challengeExport = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "export", resource: .challenge(.setUp))
    static let challengeFeedback = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "feedback", resource: .challenge(.feedback))
    static let challengeFeedbackPost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "feedback", resource: .challenge(.feedback))
    static let challengeFeedbackDeck = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "feedback", "deck", resource: .challenge(.feedback))
    static let challengeFindings = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "findings", resource: .challenge(.peerWork))
    static let challengeFindingsPost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "findings", resource: .challenge(.peerWork))
    static let challengeFinding = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "challenges", .challengeID, "findings", .partID, resource: .challenge(.peerWork))
    static let challengeFindingPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "challenges", .challengeID, "findings", .partID, resource: .challenge(.peerWork))
    static let challengeFindingDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "challenges", .challengeID, "findings", .partID, resource: .challenge(.peerWork))
    static let challengeProgramme = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "programme", resource: .challenge(.programme))
    static let challengeProgrammePost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "programme", resource: .challenge(.programme))
    static let challengeProgrammeItem = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "challenges", .challengeID, "programme", .partID, resource: .challenge(.programme))
    static let challengeProgrammeItemPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "challenges", .challengeID, "programme", .partID, resource: .challenge(.programme))
    static let challengeProgrammeItemDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "challenges", .challengeID, "programme", .partID, resource: .challenge(.programme))
    static let challengeRecommendations = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "recommendations", resource: .challenge(.peerWork))
    static let challengeRecommendationsPost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "recommendations", resource: .challenge(.peerWork))
    static let challengeRecommendation = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "challenges", .challengeID, "recommendations", .partID, resource: .challenge(.peerWork))
    static let challengeRecommendationPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "challenges", .challengeID, "recommendations", .partID, resource: .challenge(.peerWork))
    static let challengeRecommendationDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "challenges", .challengeID, "recommendations", .partID, resource: .challenge(.peerWork))
    static let challengeReport = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "report", resource: .challenge(.report))
    static let challengeReportComments = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "report", "comments", resource: .challenge(.comments))
    static let challengeReportCommentResolutionPost = Endpoint<(UUID, UUID)>(.POST, "api", "v1", "challenges", .challengeID, "report", "comments", .commentID, "resolution", resource: .challenge(.reportVersions))
    static let challengeReportDiff = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "report", "diff", resource: .challenge(.report))
    static let challengeReportPreview = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "report", "preview", resource: .challenge(.workingCopy))
    static let challengeReportVersions = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "report", "versions", resource: .challenge(.reportVersions))
    static let challengeReportVersionComments = Endpoint<(UUID, Int)>(.GET, "api", "v1", "challenges", .challengeID, "report", "versions", .number, "comments", resource: .challenge(.comments))
    static let challengeReportVersionCommentsPost = Endpoint<(UUID, Int)>(.POST, "api", "v1", "challenges", .challengeID, "report", "versions", .number, "comments", resource: .challenge(.comments))
    static let challengeReportVersionsDraftPost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "report", "versions", "draft", resource: .challenge(.reportVersions))
    static let challengeReportVersionsFinalPost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "report", "versions", "final", resource: .challenge(.reportVersions))
    static let challengeSelfAssessment = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "self-assessment", resource: .challenge(.selfAssessment))
    static let challengeSelfAssessmentPost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "self-assessment", resource: .challenge(.selfAssessment))
    static let challengeSelfAssessmentItem = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "challenges", .challengeID, "self-assessment", .partID, resource: .challenge(.selfAssessment))
    static let challengeSelfAssessmentItemPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "challenges", .challengeID, "self-assessment", .partID, resource: .challenge(.selfAssessment))
    static let challengeSelfAssessmentItemDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "challenges", .challengeID, "self-assessment", .partID, resource: .challenge(.selfAssessment))
    static let challengeSelfAssessmentLastTime = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "self-assessment", "last-time", resource: .challenge(.selfAssessment))
    static let challengeTeam = Endpoint<UUID>(.GET, "api", "v1", "challenges", .challengeID, "team", resource: .challenge(.setUp))
    static let challengeTeamPost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "team", resource: .challenge(.setUp))
    static let challengeTeamItem = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "challenges", .challengeID, "team", .partID, resource: .challenge(.setUp))
    static let challengeTeamItemPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "challenges", .challengeID, "team", .partID, resource: .challenge(.setUp))
    static let challengeTeamItemDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "challenges", .challengeID, "team", .partID, resource: .challenge(.setUp))
    static let challengeTransitionPost = Endpoint<UUID>(.POST, "api", "v1", "challenges", .challengeID, "transition", resource: .challenge(.setUp))
    static let challengesImportPost = Endpoint<Void>(.POST, "api", "v1", "challenges", "import", resource: .challengeRegister)

    static let challengeRoutes: [RouteDeclaration] = [
        challenges.declaration,
        challengesPost.declaration,
        challenge.declaration,
        challengePut.declaration,
        challengeDelete.declaration,
        challengeActionPlanPost.declaration,
        challengeChanges.declaration,
        challengeEvidence.declaration,
        challengeEvidencePost.declaration,
        challengeEvidenceItem.declaration,
        challengeEvidenceItemPut.declaration,
        challengeEvidenceItemDelete.declaration,
        challengeEvidenceItemFile.declaration,
        challengeEvidenceItemFilePut.declaration,
        challengeExport.declaration,
        challengeFeedback.declaration,
        challengeFeedbackPost.declaration,
        challengeFeedbackDeck.declaration,
        challengeFindings.declaration,
        challengeFindingsPost.declaration,
        challengeFinding.declaration,
        challengeFindingPut.declaration,
        challengeFindingDelete.declaration,
        challengeProgramme.declaration,
        challengeProgrammePost.declaration,
        challengeProgrammeItem.declaration,
        challengeProgrammeItemPut.declaration,
        challengeProgrammeItemDelete.declaration,
        challengeRecommendations.declaration,
        challengeRecommendationsPost.declaration,
        challengeRecommendation.declaration,
        challengeRecommendationPut.declaration,
        challengeRecommendationDelete.declaration,
        challengeReport.declaration,
        challengeReportComments.declaration,
        challengeReportCommentResolutionPost.declaration,
        challengeReportDiff.declaration,
        challengeReportPreview.declaration,
        challengeReportVersions.declaration,
        challengeReportVersionComments.declaration,
        challengeReportVersionCommentsPost.declaration,
        challengeReportVersionsDraftPost.declaration,
        challengeReportVersionsFinalPost.declaration,
        challengeSelfAssessment.declaration,
        challengeSelfAssessmentPost.declaration,
        challengeSelfAssessmentItem.declaration,
        challengeSelfAssessmentItemPut.declaration,
        challengeSelfAssessmentItemDelete.declaration,
        challengeSelfAssessmentLastTime.declaration,
        challengeTeam.declaration,
        challengeTeamPost.declaration,
        challengeTeamItem.declaration,
        challengeTeamItemPut.declaration,
        challengeTeamItemDelete.declaration,
        challengeTransitionPost.declaration,
        challengesImportPost.declaration,
    ]
}
