import FluentKit

/// Whether the database answers and holds every migration this build knows: what a
/// load balancer's readiness check asks before sending an instance traffic.
public struct SchemaStatus: Equatable, Sendable {
    /// Migrations this build has that the database has not run, in order.
    public var pending: [String]

    public var isCurrent: Bool { pending.isEmpty }

    /// Reads Fluent's migration log; throws when the database cannot be reached.
    public static func check(on db: any Database) async throws -> SchemaStatus {
        let applied = Set(try await MigrationLog.query(on: db).all().map(\.name))
        return SchemaStatus(pending: EquitasDatabase.migrations.map(\.name).filter { !applied.contains($0) })
    }
}
