import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasWeb
import Foundation
import Logging
import Vapor

/// Turns the process environment into an AppConfiguration — the one place that reads
/// it — and runs work against a configured application.
enum Runtime {
    static func configuration(
        options: RuntimeOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> AppConfiguration {
        let dataPath = options.dataDirectory ?? environment["EQUITAS_DATA"] ?? "./equitas-data"
        let dataDirectory = URL(fileURLWithPath: dataPath, isDirectory: true).standardizedFileURL
        try WritableFolder.prepare(dataDirectory, purpose: "data folder")
        let database = try DatabaseConfiguration.from(environment: environment, dataDirectory: dataDirectory)
        let catalog: FrameworkCatalog
        do {
            catalog = try FrameworkLibrary.load(extraDirectories: FrameworkLibrary.directoriesFromEnvironment(environment))
        } catch {
            throw RuntimeError("the framework library did not load:\n\(error)")
        }
        var configuration = AppConfiguration(dataDirectory: dataDirectory, database: database, catalog: catalog)
        if let raw = environment["EQUITAS_MAX_UPLOAD_MB"] {
            guard let megabytes = Int(raw), megabytes > 0 else {
                throw RuntimeError("EQUITAS_MAX_UPLOAD_MB must be a whole number of megabytes, not \"\(raw)\"")
            }
            configuration.evidenceLimit = megabytes * 1024 * 1024
        }
        if let secure = try flag("EQUITAS_SECURE_COOKIES", in: environment) { configuration.secureCookies = secure }
        if let raw = environment["EQUITAS_TRUSTED_PROXIES"] {
            do { configuration.trustedProxies = try TrustedProxies(parsing: raw) } catch { throw RuntimeError(String(describing: error)) }
        }
        if let migrate = try flag("EQUITAS_MIGRATE_ON_START", in: environment) { configuration.migrateOnStart = migrate }
        if let raw = environment["EQUITAS_EVIDENCE_DIR"]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            configuration.evidenceDirectory = URL(fileURLWithPath: raw, isDirectory: true).standardizedFileURL
        }
        try WritableFolder.prepare(configuration.evidenceDirectory, purpose: "evidence folder")
        if let token = environment["EQUITAS_METRICS_TOKEN"]?.trimmingCharacters(in: .whitespaces), !token.isEmpty {
            configuration.metricsToken = token
        }
        do {
            configuration.notesRetention = try NotesRetention.parse(environment[NotesRetention.setting])
        } catch {
            throw RuntimeError(error.message)
        }
        _ = try logFormat(environment)
        return configuration
    }

    /// A true/false setting: unset is nil; anything but the usual spellings is an error.
    static func flag(_ name: String, in environment: [String: String]) throws -> Bool? {
        guard let raw = environment[name] else { return nil }
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off", "": return false
        default: throw RuntimeError("\(name) must be true or false, not \"\(raw)\"")
        }
    }

    /// Configures `app` after checking that its database answers, then — when this
    /// process does not migrate — that the schema is this build's. Everything that opens
    /// the database comes through here, so a wrong setting is one sentence, not a stack trace.
    static func prepare(_ app: Application, _ configuration: AppConfiguration) async throws {
        try await DatabaseReachability.check(configuration.database)
        try await configure(app, configuration)
        guard !configuration.migrateOnStart else { return }
        let status: SchemaStatus
        do {
            status = try await SchemaStatus.check(on: app.db)
        } catch {
            throw RuntimeError(
                "the database (\(configuration.database.summary)) holds no Equitas schema (\(DatabaseReachability.reason(error))): run `equitas migrate` first, or set EQUITAS_MIGRATE_ON_START=true")
        }
        guard status.isCurrent else {
            throw RuntimeError(
                "the database schema is behind this build (\(status.pending.count) migration(s) pending, from \(status.pending[0])): run `equitas migrate` first, or set EQUITAS_MIGRATE_ON_START=true")
        }
    }

    /// Runs `body` against a configured (and migrated) application that serves nothing.
    static func withApplication<T>(
        _ configuration: AppConfiguration, _ body: (Application) async throws -> T
    ) async throws -> T {
        bootstrapLogging(level: .warning)
        let app = try await Application.make(Environment(name: "production", arguments: ["equitas"]))
        do {
            try await prepare(app, configuration)
            // Whatever the command changes is recorded in the audit trail as the user's doing.
            let result = try await AuditContext.$author.withValue(commandLineAuthor()) { try await body(app) }
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// `command line (jo)`, from the login name the process runs under.
    static func commandLineAuthor(environment: [String: String] = ProcessInfo.processInfo.environment) -> AuditAuthor {
        let name = NSUserName()
        return .commandLine(user: name.isEmpty ? environment["USER"] ?? "unknown user" : name)
    }

    /// Internal so that tests, which set up their own logging first, can say so.
    nonisolated(unsafe) static var loggingBootstrapped = false

    /// Logging can be set up once per process; commands call this first.
    /// `EQUITAS_LOG_FORMAT=json` writes one JSON object per line for log collectors.
    static func bootstrapLogging(level: Logger.Level, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard !loggingBootstrapped else { return }
        loggingBootstrapped = true
        // A bad value was already refused by `configuration`; here it falls back to text.
        let json = (try? logFormat(environment)) == .json
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }

    enum LogFormat { case text, json }

    static func logFormat(_ environment: [String: String]) throws -> LogFormat {
        switch environment["EQUITAS_LOG_FORMAT"]?.trimmingCharacters(in: .whitespaces).lowercased() {
        case nil, "", "text": return .text
        case "json": return .json
        case let other?: throw RuntimeError("EQUITAS_LOG_FORMAT must be text or json, not \"\(other)\"")
        }
    }
}

/// A failure the user can act on, printed as a sentence rather than a stack trace.
struct RuntimeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
