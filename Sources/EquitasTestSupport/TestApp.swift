import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasWeb
import Foundation
import Vapor

/// The shipped framework library, loaded once per test process.
public let shippedCatalog: FrameworkCatalog = {
    do {
        return try FrameworkLibrary.load(extraDirectories: [])
    } catch {
        fatalError("the shipped framework library does not load: \(error)")
    }
}()

/// Tests log warnings and errors only: a request log line per test request buries
/// the failures.
private let quietLogging: Void = LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardError(label: label)
    handler.logLevel = .warning
    return handler
}

/// Sets up the tests' quiet logging, once per process. swift-log allows one bootstrap
/// per process and traps on a second, so a test that runs a command (which would set
/// up its own) calls this first and tells the command it is done.
public func bootstrapQuietLogging() {
    _ = quietLogging
}

extension Application {
    private struct AdministratorTokenKey: StorageKey { typealias Value = String }

    /// The API token of the administrator every test application starts with, so that
    /// tests about something other than access can act with full rights.
    public var testAdministratorToken: String? {
        get { storage[AdministratorTokenKey.self] }
        set { storage[AdministratorTokenKey.self] = newValue }
    }

    public static let testAdministratorEmail = "test-administrator@equitas.test"
}

/// Runs `body` against a fully configured application on a fresh, migrated database
/// (SQLite, or PostgreSQL when EQUITAS_TEST_DATABASE_URL is set) and its own data folder.
/// The database holds one administrator (`testAdministratorToken`); the access probe
/// is on, so the role matrix can ask for decisions alone.
public func withTestApp(
    catalog: FrameworkCatalog = shippedCatalog,
    _ body: (Application) async throws -> Void
) async throws {
    _ = quietLogging
    let database = try await TestDatabase.make()
    let dataDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("equitas-test-\(UUID().uuidString)", isDirectory: true)
    let app = try await Application.make(.testing)
    do {
        let configuration = AppConfiguration(
            dataDirectory: dataDirectory, database: database.configuration, catalog: catalog,
            evidenceLimit: 1024 * 1024, migrateOnStart: false, bcryptCost: 4, accessProbe: true)
        try await configure(app, configuration)
        let accounts = AccountStore(db: app.db)
        let administrator = try await accounts.create(
            Account(email: Application.testAdministratorEmail, name: "Test Administrator", role: .administrator),
            passwordHash: try configuration.passwordHasher.hash("test administrator password", email: Application.testAdministratorEmail))
        app.testAdministratorToken = try await accounts.issueToken(accountId: administrator.id, name: "tests").token
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        try? await database.destroy()
        try? FileManager.default.removeItem(at: dataDirectory)
        throw error
    }
    try await app.asyncShutdown()
    try await database.destroy()
    try? FileManager.default.removeItem(at: dataDirectory)
}
