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
    /// bcrypt's work factor for password hashes: 12 in production; tests lower it,
    /// since every step up doubles the time a hash takes.
    public var bcryptCost: Int

    public static let defaultEvidenceLimit = 25 * 1024 * 1024
    public static let defaultBcryptCost = 12

    public init(
        dataDirectory: URL, database: DatabaseConfiguration, catalog: FrameworkCatalog,
        evidenceLimit: Int = AppConfiguration.defaultEvidenceLimit, migrateOnStart: Bool = true,
        bcryptCost: Int = AppConfiguration.defaultBcryptCost
    ) {
        self.dataDirectory = dataDirectory
        self.database = database
        self.catalog = catalog
        self.evidenceLimit = evidenceLimit
        self.migrateOnStart = migrateOnStart
        self.bcryptCost = bcryptCost
    }

    public var evidenceDirectory: URL { dataDirectory.appendingPathComponent("evidence", isDirectory: true) }
}
