import Foundation

/// Where the objectives register's pages live, under the council they belong to.
enum EqualityObjectivePaths {
    static func register(_ organisationId: UUID) -> String { Site.equalityObjectives.path(organisationId) }
    static func new(_ organisationId: UUID) -> String { Site.equalityObjectivesNew.path(organisationId) }
    static func objective(_ organisationId: UUID, _ id: UUID) -> String { Site.equalityObjective.path(organisationId, id) }
    static func edit(_ organisationId: UUID, _ id: UUID) -> String { Site.equalityObjectiveEdit.path(organisationId, id) }
    static func delete(_ organisationId: UUID, _ id: UUID) -> String { Site.equalityObjectiveDeletePost.path(organisationId, id) }
    static func progress(_ organisationId: UUID, _ id: UUID) -> String { Site.equalityObjectiveProgressPost.path(organisationId, id) }

    /// The progress form for one measure (numbered from 1, as the page shows them).
    static func newProgress(_ organisationId: UUID, _ id: UUID, measure: Int) -> String {
        Site.equalityObjectiveProgressNew.path(organisationId, id) + "?measure=\(measure)"
    }
}
