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
    /// Lets a request ask only whether it would be allowed (see `AccessMiddleware`).
    /// For the role × route test; never on in a running service.
    public var accessProbe: Bool
    /// The load balancers whose `X-Forwarded-For` names the client (`EQUITAS_TRUSTED_PROXIES`);
    /// none by default, when the socket's address is the client's.
    public var trustedProxies: TrustedProxies = .none
    /// Marks the session cookie `Secure` (sent only over HTTPS). On whenever Equitas is
    /// served behind TLS; off for a laptop on http://localhost.
    public var secureCookies: Bool
    /// Where uploaded evidence files are kept: `<data>/evidence` unless set. Several
    /// instances behind one load balancer must share it (a network file system), since
    /// a file uploaded through one is downloaded through another.
    public var evidenceDirectory: URL
    /// When set, `GET /metrics` answers only to `Authorization: Bearer <token>`.
    public var metricsToken: String? = nil
    /// How long the team's session notes are kept after the final report
    /// (`EQUITAS_NOTES_RETENTION_MONTHS`; `equitas retention apply` erases them).
    public var notesRetention = NotesRetention()
    /// "Now" and "today" for every handler; tests pin it (`AppClock.fixed`).
    public var clock = AppClock.system

    public static let defaultEvidenceLimit = 25 * 1024 * 1024
    public static let defaultBcryptCost = 12

    public init(
        dataDirectory: URL, database: DatabaseConfiguration, catalog: FrameworkCatalog,
        evidenceLimit: Int = AppConfiguration.defaultEvidenceLimit, migrateOnStart: Bool = true,
        bcryptCost: Int = AppConfiguration.defaultBcryptCost, accessProbe: Bool = false, secureCookies: Bool = false,
        evidenceDirectory: URL? = nil
    ) {
        self.dataDirectory = dataDirectory
        self.database = database
        self.catalog = catalog
        self.evidenceLimit = evidenceLimit
        self.migrateOnStart = migrateOnStart
        self.bcryptCost = bcryptCost
        self.accessProbe = accessProbe
        self.secureCookies = secureCookies
        self.evidenceDirectory = evidenceDirectory ?? Self.defaultEvidenceDirectory(in: dataDirectory)
    }

    public static func defaultEvidenceDirectory(in dataDirectory: URL) -> URL {
        dataDirectory.appendingPathComponent("evidence", isDirectory: true)
    }
}
