import EquitasCore
import EquitasPersistence
import Foundation

/// Everything the application needs, decided before it starts. The web layer never
/// reads the process environment: the CLI (or a test) builds this value and hands it over.
public struct AppConfiguration: Sendable {
    public var dataDirectory: URL
    public var database: DatabaseConfiguration
    public var catalog: FrameworkCatalog
    /// Largest evidence upload accepted, in bytes.
    public var evidenceLimit: Int
    /// Run pending migrations at start-up (the embedded SQLite default does; tests
    /// hand over an already-migrated database).
    public var migrateOnStart: Bool

    public static let defaultEvidenceLimit = 25 * 1024 * 1024

    public init(
        dataDirectory: URL, database: DatabaseConfiguration, catalog: FrameworkCatalog,
        evidenceLimit: Int = AppConfiguration.defaultEvidenceLimit, migrateOnStart: Bool = true
    ) {
        self.dataDirectory = dataDirectory
        self.database = database
        self.catalog = catalog
        self.evidenceLimit = evidenceLimit
        self.migrateOnStart = migrateOnStart
    }

    public var evidenceDirectory: URL { dataDirectory.appendingPathComponent("evidence", isDirectory: true) }
}
