import Foundation

/// Where the register's pages live, under the council they belong to.
enum ImpactAssessmentPaths {
    static func register(_ organisationId: UUID) -> String {
        "/organisations/\(organisationId.uuidString.lowercased())/impact-assessments"
    }

    static func new(_ organisationId: UUID) -> String { register(organisationId) + "/new" }
    static func programme(_ organisationId: UUID) -> String { register(organisationId) + "/programme" }
    static func export(_ organisationId: UUID) -> String { register(organisationId) + "/export" }

    static func assessment(_ organisationId: UUID, _ id: UUID) -> String {
        register(organisationId) + "/" + id.uuidString.lowercased()
    }

    static func edit(_ organisationId: UUID, _ id: UUID) -> String { assessment(organisationId, id) + "/edit" }
    static func delete(_ organisationId: UUID, _ id: UUID) -> String { assessment(organisationId, id) + "/delete" }
}
