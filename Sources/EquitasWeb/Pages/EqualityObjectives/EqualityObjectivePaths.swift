import Foundation

/// Where the objectives register's pages live, under the council they belong to.
enum EqualityObjectivePaths {
    static func register(_ organisationId: UUID) -> String {
        "/organisations/\(organisationId.uuidString.lowercased())/equality-objectives"
    }

    static func new(_ organisationId: UUID) -> String { register(organisationId) + "/new" }

    static func objective(_ organisationId: UUID, _ id: UUID) -> String {
        register(organisationId) + "/" + id.uuidString.lowercased()
    }

    static func edit(_ organisationId: UUID, _ id: UUID) -> String { objective(organisationId, id) + "/edit" }
    static func delete(_ organisationId: UUID, _ id: UUID) -> String { objective(organisationId, id) + "/delete" }
    static func progress(_ organisationId: UUID, _ id: UUID) -> String { objective(organisationId, id) + "/progress" }

    /// The progress form for one measure (numbered from 1, as the page shows them).
    static func newProgress(_ organisationId: UUID, _ id: UUID, measure: Int) -> String {
        progress(organisationId, id) + "/new?measure=\(measure)"
    }
}
