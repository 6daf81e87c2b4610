import EquitasCore
import Foundation

/// A council's equality objectives and its committees' meetings (issue 22).
extension API {
    static let equalityObjectives = Endpoint<UUID>(.GET, "api", "v1", "organisations", .organisationID, "equality-objectives", resource: .organisationData(.equalityObjectives))
    static let equalityObjectivesPost = Endpoint<UUID>(.POST, "api", "v1", "organisations", .organisationID, "equality-objectives", resource: .organisationData(.equalityObjectives))
    static let equalityObjective = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "organisations", .organisationID, "equality-objectives", .objectiveID, resource: .organisationData(.equalityObjectives))
    static let equalityObjectivePut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "organisations", .organisationID, "equality-objectives", .objectiveID, resource: .organisationData(.equalityObjectives))
    static let equalityObjectiveDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "organisations", .organisationID, "equality-objectives", .objectiveID, resource: .organisationData(.equalityObjectives))
    static let equalityObjectiveProgressPost = Endpoint<(UUID, UUID)>(.POST, "api", "v1", "organisations", .organisationID, "equality-objectives", .objectiveID, "progress", resource: .organisationData(.equalityObjectives))
    static let committeeMeetings = Endpoint<UUID>(.GET, "api", "v1", "organisations", .organisationID, "committee-meetings", resource: .organisationData(.calendar))
    static let committeeMeetingsPost = Endpoint<UUID>(.POST, "api", "v1", "organisations", .organisationID, "committee-meetings", resource: .organisationData(.calendar))
    static let committeeMeeting = Endpoint<(UUID, UUID)>(.GET, "api", "v1", "organisations", .organisationID, "committee-meetings", .meetingID, resource: .organisationData(.calendar))
    static let committeeMeetingPut = Endpoint<(UUID, UUID)>(.PUT, "api", "v1", "organisations", .organisationID, "committee-meetings", .meetingID, resource: .organisationData(.calendar))
    static let committeeMeetingDelete = Endpoint<(UUID, UUID)>(.DELETE, "api", "v1", "organisations", .organisationID, "committee-meetings", .meetingID, resource: .organisationData(.calendar))

    static let councilRegisterRoutes: [RouteDeclaration] = [
        equalityObjectives.declaration,
        equalityObjectivesPost.declaration,
        equalityObjective.declaration,
        equalityObjectivePut.declaration,
        equalityObjectiveDelete.declaration,
        equalityObjectiveProgressPost.declaration,
        committeeMeetings.declaration,
        committeeMeetingsPost.declaration,
        committeeMeeting.declaration,
        committeeMeetingPut.declaration,
        committeeMeetingDelete.declaration,
    ]
}
