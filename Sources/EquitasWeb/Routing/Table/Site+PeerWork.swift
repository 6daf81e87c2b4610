import EquitasCore
import Foundation

/// The team's work and what comes of it: findings, recommendations, conclusion, feedback, the report and comments on it.
extension Site {
    static let challengeActionPlanPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "action-plan", resource: .actionPlanRegister)
    static let challengeComments = Endpoint<UUID>(.GET, "challenges", .challengeID, "comments", resource: .challenge(.comments))
    static let challengeCommentsPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "comments", resource: .challenge(.comments))
    static let challengeCommentResolution = Endpoint<(UUID, UUID)>(.GET, "challenges", .challengeID, "comments", .commentID, "resolution", resource: .challenge(.reportVersions))
    static let challengeCommentResolutionPost = Endpoint<(UUID, UUID)>(.POST, "challenges", .challengeID, "comments", .commentID, "resolution", resource: .challenge(.reportVersions))
    static let challengeCommentsNew = Endpoint<UUID>(.GET, "challenges", .challengeID, "comments", "new", resource: .challenge(.comments), access: .write)
    static let challengeCommentsNewPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "comments", "new", resource: .challenge(.comments))
    static let challengeConclusion = Endpoint<UUID>(.GET, "challenges", .challengeID, "conclusion", resource: .challenge(.peerWork))
    static let challengeConclusionPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "conclusion", resource: .challenge(.peerWork))
    static let challengeFeedbackPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "feedback", resource: .challenge(.feedback))
    static let challengeFeedbackDeck = Endpoint<UUID>(.GET, "challenges", .challengeID, "feedback", "deck", resource: .challenge(.feedback))
    static let challengeFindings = Endpoint<UUID>(.GET, "challenges", .challengeID, "findings", resource: .challenge(.peerWork))
    static let challengeFindingsPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "findings", resource: .challenge(.peerWork))
    static let challengeFindingPost = Endpoint<(UUID, UUID)>(.POST, "challenges", .challengeID, "findings", .findingID, resource: .challenge(.peerWork))
    static let challengeFindingDeletePost = Endpoint<(UUID, UUID)>(.POST, "challenges", .challengeID, "findings", .findingID, "delete", resource: .challenge(.peerWork))
    static let challengeFindingEdit = Endpoint<(UUID, UUID)>(.GET, "challenges", .challengeID, "findings", .findingID, "edit", resource: .challenge(.peerWork), access: .write)
    static let challengeRecommendations = Endpoint<UUID>(.GET, "challenges", .challengeID, "recommendations", resource: .challenge(.peerWork))
    static let challengeRecommendationsPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "recommendations", resource: .challenge(.peerWork))
    static let challengeRecommendationPost = Endpoint<(UUID, UUID)>(.POST, "challenges", .challengeID, "recommendations", .recommendationID, resource: .challenge(.peerWork))
    static let challengeRecommendationDeletePost = Endpoint<(UUID, UUID)>(.POST, "challenges", .challengeID, "recommendations", .recommendationID, "delete", resource: .challenge(.peerWork))
    static let challengeRecommendationEdit = Endpoint<(UUID, UUID)>(.GET, "challenges", .challengeID, "recommendations", .recommendationID, "edit", resource: .challenge(.peerWork), access: .write)
    static let challengeReport = Endpoint<UUID>(.GET, "challenges", .challengeID, "report", resource: .challenge(.report))
    static let challengeReportDownload = Endpoint<UUID>(.GET, "challenges", .challengeID, "report", "download", resource: .challenge(.report))
    static let challengeReportDraftPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "report", "draft", resource: .challenge(.reportVersions))
    static let challengeReportFinalPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "report", "final", resource: .challenge(.reportVersions))
    static let challengeReportPreview = Endpoint<UUID>(.GET, "challenges", .challengeID, "report", "preview", resource: .challenge(.workingCopy))
    static let challengeReportReading = Endpoint<UUID>(.GET, "challenges", .challengeID, "report", "reading", resource: .challenge(.report))

    static let peerWorkRoutes: [RouteDeclaration] = [
        challengeActionPlanPost.declaration,
        challengeComments.declaration,
        challengeCommentsPost.declaration,
        challengeCommentResolution.declaration,
        challengeCommentResolutionPost.declaration,
        challengeCommentsNew.declaration,
        challengeCommentsNewPost.declaration,
        challengeConclusion.declaration,
        challengeConclusionPost.declaration,
        challengeFeedbackPost.declaration,
        challengeFeedbackDeck.declaration,
        challengeFindings.declaration,
        challengeFindingsPost.declaration,
        challengeFindingPost.declaration,
        challengeFindingDeletePost.declaration,
        challengeFindingEdit.declaration,
        challengeRecommendations.declaration,
        challengeRecommendationsPost.declaration,
        challengeRecommendationPost.declaration,
        challengeRecommendationDeletePost.declaration,
        challengeRecommendationEdit.declaration,
        challengeReport.declaration,
        challengeReportDownload.declaration,
        challengeReportDraftPost.declaration,
        challengeReportFinalPost.declaration,
        challengeReportPreview.declaration,
        challengeReportReading.declaration,
    ]
}
