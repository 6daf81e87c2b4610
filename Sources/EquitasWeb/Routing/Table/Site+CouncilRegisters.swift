import EquitasCore
import Foundation

/// A council's equality objectives and its committees' meetings (issue 22).
extension Site {
    static let equalityObjectives = Endpoint<UUID>(.GET, "organisations", .organisationID, "equality-objectives", resource: .organisationData(.equalityObjectives))
    static let equalityObjectivesNew = Endpoint<UUID>(.GET, "organisations", .organisationID, "equality-objectives", "new", resource: .organisationData(.equalityObjectives), access: .write)
    static let equalityObjectivesPost = Endpoint<UUID>(.POST, "organisations", .organisationID, "equality-objectives", resource: .organisationData(.equalityObjectives))
    static let equalityObjective = Endpoint<(UUID, UUID)>(.GET, "organisations", .organisationID, "equality-objectives", .objectiveID, resource: .organisationData(.equalityObjectives))
    static let equalityObjectiveEdit = Endpoint<(UUID, UUID)>(.GET, "organisations", .organisationID, "equality-objectives", .objectiveID, "edit", resource: .organisationData(.equalityObjectives), access: .write)
    static let equalityObjectivePost = Endpoint<(UUID, UUID)>(.POST, "organisations", .organisationID, "equality-objectives", .objectiveID, resource: .organisationData(.equalityObjectives))
    static let equalityObjectiveDeletePost = Endpoint<(UUID, UUID)>(.POST, "organisations", .organisationID, "equality-objectives", .objectiveID, "delete", resource: .organisationData(.equalityObjectives))
    static let equalityObjectiveProgressNew = Endpoint<(UUID, UUID)>(.GET, "organisations", .organisationID, "equality-objectives", .objectiveID, "progress", "new", resource: .organisationData(.equalityObjectives), access: .write)
    static let equalityObjectiveProgressPost = Endpoint<(UUID, UUID)>(.POST, "organisations", .organisationID, "equality-objectives", .objectiveID, "progress", resource: .organisationData(.equalityObjectives))
    static let committeeMeetings = Endpoint<UUID>(.GET, "organisations", .organisationID, "committee-meetings", resource: .organisationData(.calendar))
    static let committeeMeetingsPost = Endpoint<UUID>(.POST, "organisations", .organisationID, "committee-meetings", resource: .organisationData(.calendar))
    static let committeeMeetingDeletePost = Endpoint<(UUID, UUID)>(.POST, "organisations", .organisationID, "committee-meetings", .meetingID, "delete", resource: .organisationData(.calendar))

    static let councilRegisterRoutes: [RouteDeclaration] = [
        equalityObjectives.declaration,
        equalityObjectivesNew.declaration,
        equalityObjectivesPost.declaration,
        equalityObjective.declaration,
        equalityObjectiveEdit.declaration,
        equalityObjectivePost.declaration,
        equalityObjectiveDeletePost.declaration,
        equalityObjectiveProgressNew.declaration,
        equalityObjectiveProgressPost.declaration,
        committeeMeetings.declaration,
        committeeMeetingsPost.declaration,
        committeeMeetingDeletePost.declaration,
    ]
}
