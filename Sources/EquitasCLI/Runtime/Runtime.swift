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
        do {
            try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        } catch {
            throw RuntimeError("cannot create the data folder \(dataDirectory.path): \(error.localizedDescription)")
        }
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
        if let raw = environment["EQUITAS_SECURE_COOKIES"] {
            switch raw.lowercased() {
            case "1", "true", "yes", "on": configuration.secureCookies = true
            case "0", "false", "no", "off", "": configuration.secureCookies = false
            default: throw RuntimeError("EQUITAS_SECURE_COOKIES must be true or false, not \"\(raw)\"")
            }
        }
        return configuration
    }

    /// Runs `body` against a configured (and migrated) application that serves nothing.
    static func withApplication<T>(
        _ configuration: AppConfiguration, _ body: (Application) async throws -> T
    ) async throws -> T {
        bootstrapLogging(level: .warning)
        let app = try await Application.make(Environment(name: "production", arguments: ["equitas"]))
        do {
            try await configure(app, configuration)
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
    static func bootstrapLogging(level: Logger.Level) {
        guard !loggingBootstrapped else { return }
        loggingBootstrapped = true
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

/// A failure the user can act on, printed as a sentence rather than a stack trace.
struct RuntimeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
