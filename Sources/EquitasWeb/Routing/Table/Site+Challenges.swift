import EquitasCore
import Foundation

/// A challenge's register, overview, set-up, team, programme, self-assessment, evidence and history.
extension Site {
    static let challenges = Endpoint<Void>(.GET, "challenges", resource: .challengeRegister)
    static let challengesPost = Endpoint<Void>(.POST, "challenges", resource: .challengeRegister)
    static let challenge = Endpoint<UUID>(.GET, "challenges", .challengeID, resource: .challenge(.setUp))
    static let challengePost = Endpoint<UUID>(.POST, "challenges", .challengeID, resource: .challenge(.setUp))
    static let challengeChanges = Endpoint<UUID>(.GET, "challenges", .challengeID, "changes", resource: .challenge(.setUp))
    static let challengeEdit = Endpoint<UUID>(.GET, "challenges", .challengeID, "edit", resource: .challenge(.setUp), access: .write)
    static let challengeEvidence = Endpoint<UUID>(.GET, "challenges", .challengeID, "evidence", resource: .challenge(.evidence))
    static let challengeEvidencePost = Endpoint<UUID>(.POST, "challenges", .challengeID, "evidence", resource: .challenge(.evidence))
    static let challengeEvidenceItemDeletePost = Endpoint<(UUID, UUID)>(.POST, "challenges", .challengeID, "evidence", .evidenceID, "delete", resource: .challenge(.evidence))
    static let challengeEvidenceItemFile = Endpoint<(UUID, UUID)>(.GET, "challenges", .challengeID, "evidence", .evidenceID, "file", resource: .challenge(.evidence))
    static let challengeEvidenceImpactAssessmentPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "evidence", "impact-assessment", resource: .challenge(.evidence))
    static let challengeProgramme = Endpoint<UUID>(.GET, "challenges", .challengeID, "programme", resource: .challenge(.programme))
    static let challengeProgrammePost = Endpoint<UUID>(.POST, "challenges", .challengeID, "programme", resource: .challenge(.programme))
    static let challengeProgrammeItemPost = Endpoint<(UUID, UUID)>(.POST, "challenges", .challengeID, "programme", .sessionID, resource: .challenge(.programme))
    static let challengeProgrammeItemDeletePost = Endpoint<(UUID, UUID)>(.POST, "challenges", .challengeID, "programme", .sessionID, "delete", resource: .challenge(.programme))
    static let challengeProgrammeItemEdit = Endpoint<(UUID, UUID)>(.GET, "challenges", .challengeID, "programme", .sessionID, "edit", resource: .challenge(.programme), access: .write)
    static let challengeSelfAssessment = Endpoint<UUID>(.GET, "challenges", .challengeID, "self-assessment", resource: .challenge(.selfAssessment))
    static let challengeSelfAssessmentItemPost = Endpoint<(UUID, String)>(.POST, "challenges", .challengeID, "self-assessment", .criterionID, resource: .challenge(.selfAssessment))
    static let challengeSelfAssessmentItemEdit = Endpoint<(UUID, String)>(.GET, "challenges", .challengeID, "self-assessment", .criterionID, "edit", resource: .challenge(.selfAssessment), access: .write)
    static let challengeSelfAssessmentReadiness = Endpoint<UUID>(.GET, "challenges", .challengeID, "self-assessment", "readiness", resource: .challenge(.selfAssessment))
    static let challengeTeam = Endpoint<UUID>(.GET, "challenges", .challengeID, "team", resource: .challenge(.setUp))
    static let challengeTeamPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "team", resource: .challenge(.setUp))
    static let challengeTeamItemRemovePost = Endpoint<(UUID, UUID)>(.POST, "challenges", .challengeID, "team", .memberID, "remove", resource: .challenge(.setUp))
    static let challengeTransitionPost = Endpoint<UUID>(.POST, "challenges", .challengeID, "transition", resource: .challenge(.setUp))
    static let challengesNew = Endpoint<Void>(.GET, "challenges", "new", resource: .challengeRegister, access: .write)

    static let challengeRoutes: [RouteDeclaration] = [
        challenges.declaration,
        challengesPost.declaration,
        challenge.declaration,
        challengePost.declaration,
        challengeChanges.declaration,
        challengeEdit.declaration,
        challengeEvidence.declaration,
        challengeEvidencePost.declaration,
        challengeEvidenceItemDeletePost.declaration,
        challengeEvidenceItemFile.declaration,
        challengeEvidenceImpactAssessmentPost.declaration,
        challengeProgramme.declaration,
        challengeProgrammePost.declaration,
        challengeProgrammeItemPost.declaration,
        challengeProgrammeItemDeletePost.declaration,
        challengeProgrammeItemEdit.declaration,
        challengeSelfAssessment.declaration,
        challengeSelfAssessmentItemPost.declaration,
        challengeSelfAssessmentItemEdit.declaration,
        challengeSelfAssessmentReadiness.declaration,
        challengeTeam.declaration,
        challengeTeamPost.declaration,
        challengeTeamItemRemovePost.declaration,
        challengeTransitionPost.declaration,
        challengesNew.declaration,
    ]
}
