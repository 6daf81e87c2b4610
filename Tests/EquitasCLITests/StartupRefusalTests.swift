import EquitasPersistence
import EquitasTestSupport
import EquitasWeb
import FluentKit
import Foundation
import Testing
import Vapor

@testable import EquitasCLI

/// What `serve` and every command that opens the database refuse to start with: one
/// sentence naming the setting at fault, never a stack trace or a password.
@Suite("Refusing to start on a bad setting")
struct StartupRefusalTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("equitas-refusal-\(UUID().uuidString)", isDirectory: true)
    }

    /// The message `Runtime.prepare` gives for `configuration`, or nil if it started.
    static func refusal(_ configuration: AppConfiguration) async throws -> String? {
        bootstrapQuietLogging()
        let app = try await Application.make(.testing)
        do {
            try await Runtime.prepare(app, configuration)
            try await app.asyncShutdown()
            return nil
        } catch {
            try? await app.asyncShutdown()
            return String(describing: error)
        }
    }

    static func configuration(_ environment: [String: String], data: URL) throws -> AppConfiguration {
        var environment = environment
        environment["EQUITAS_DATA"] = data.path
        return try Runtime.configuration(options: try RuntimeOptions.parse([]), environment: environment)
    }

    @Test("a PostgreSQL server that does not answer is named by host and port, without the password, within seconds")
    func unreachableDatabase() async throws {
        let data = Self.folder()
        defer { try? FileManager.default.removeItem(at: data) }
        let configuration = try Self.configuration(["DATABASE_URL": "postgres://u:hunter2-secret@127.0.0.1:1/x"], data: data)
        let message = try #require(try await Self.refusal(configuration))
        #expect(message.hasPrefix("cannot reach PostgreSQL at 127.0.0.1:1/x: "))
        #expect(!message.contains("hunter2"))
        #expect(!message.contains("\n"))
        // The driver's reason, asked with a timeout long enough for a loaded test machine,
        // and given at once rather than after it.
        let started = Date()
        do {
            try await DatabaseReachability.check(configuration.database, timeout: .seconds(30))
            Issue.record("port 1 answered")
        } catch {
            #expect(String(describing: error) == "cannot reach PostgreSQL at 127.0.0.1:1/x: Connection refused")
        }
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test("a PostgreSQL server that answers, but without the database, gives the server's own reason")
    func missingDatabase() async throws {
        guard let admin = ProcessInfo.processInfo.environment[TestDatabase.urlVariable], !admin.isEmpty,
            var url = URLComponents(string: admin)
        else { return }  // Needs a real server: runs in the PostgreSQL pass.
        let data = Self.folder()
        defer { try? FileManager.default.removeItem(at: data) }
        url.path = "/equitas_no_such_database"
        url.password = "not-shown-anywhere"
        let configuration = try Self.configuration(["DATABASE_URL": try #require(url.string)], data: data)
        let message = try #require(try await Self.refusal(configuration))
        #expect(message.contains("cannot reach PostgreSQL at \(url.host ?? ""):\(url.port ?? 5432)/equitas_no_such_database"))
        #expect(message.contains(#"database "equitas_no_such_database" does not exist"#), "\(message)")
        #expect(!message.contains("not-shown-anywhere"))
    }

    @Test("a data or evidence folder that exists but cannot be written is refused before anything starts")
    func unwritableFolders() throws {
        let data = Self.folder()
        defer { try? FileManager.default.removeItem(at: data) }
        // Root writes through permissions, so as root use a folder no one can write in.
        let locked: URL
        if geteuid() == 0 {
            locked = URL(fileURLWithPath: "/proc", isDirectory: true)
        } else {
            locked = data.appendingPathComponent("locked", isDirectory: true)
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        #expect(throws: RuntimeError.self) { try Self.configuration([:], data: locked) }
        do {
            _ = try Self.configuration([:], data: locked)
        } catch {
            #expect(String(describing: error).hasPrefix("cannot write to the data folder \(locked.path): "))
        }
        do {
            _ = try Self.configuration(["EQUITAS_EVIDENCE_DIR": locked.path], data: data)
            Issue.record("an unwritable evidence folder was accepted")
        } catch {
            #expect(String(describing: error).hasPrefix("cannot write to the evidence folder \(locked.path): "))
        }
        // The probe leaves nothing behind in a folder it could write.
        let fine = try Self.configuration(["EQUITAS_EVIDENCE_DIR": data.appendingPathComponent("shared").path], data: data)
        #expect(fine.evidenceDirectory.path == data.appendingPathComponent("shared").path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fine.evidenceDirectory.path).isEmpty)
    }

    @Test("the new settings take their values, and bad values are refused by name")
    func settings() throws {
        let data = Self.folder()
        defer { try? FileManager.default.removeItem(at: data) }
        let defaults = try Self.configuration([:], data: data)
        #expect(defaults.migrateOnStart)
        #expect(defaults.evidenceDirectory.path == data.appendingPathComponent("evidence").path)
        #expect(try Self.configuration(["EQUITAS_MIGRATE_ON_START": "false"], data: data).migrateOnStart == false)
        for (name, value) in [("EQUITAS_MIGRATE_ON_START", "sometimes"), ("EQUITAS_SECURE_COOKIES", "maybe")] {
            do {
                _ = try Self.configuration([name: value], data: data)
                Issue.record("\(name)=\(value) was accepted")
            } catch {
                #expect(String(describing: error) == "\(name) must be true or false, not \"\(value)\"")
            }
        }
        #expect(throws: RuntimeError.self) { try ListeningAddress.check(hostname: "127.0.0.1", port: 0) }
        #expect(throws: RuntimeError.self) { try ListeningAddress.check(hostname: "127.0.0.1", port: 70_000) }
        #expect(throws: RuntimeError.self) { try ListeningAddress.check(hostname: "my host", port: 8080) }
        #expect(throws: RuntimeError.self) { try ListeningAddress.check(hostname: "", port: 8080) }
        for hostname in ["127.0.0.1", "0.0.0.0", "::", "equitas.internal"] {
            try ListeningAddress.check(hostname: hostname, port: 8080)
        }
    }

    @Test("without migrating on start, a schema behind the build is refused with `equitas migrate`; with it, the schema is brought up to date")
    func schemaBehind() async throws {
        let data = Self.folder()
        defer { try? FileManager.default.removeItem(at: data) }
        var configuration = try Self.configuration([:], data: data)
        configuration.bcryptCost = 4

        // A database last migrated by an older build.
        let older = try await TestDatabase.make()
        configuration.database = older.configuration
        configuration.migrateOnStart = false
        let newest = try #require(EquitasDatabase.migrations.last).name
        try await TestDatabase.using(older.configuration) { _, db in
            try await MigrationLog.query(on: db).filter(\.$name == newest).delete()
        }
        let behind = try #require(try await Self.refusal(configuration))
        #expect(behind.hasPrefix("the database schema is behind this build (1 migration(s) pending, from \(newest)): run `equitas migrate` first"))
        try await older.destroy()

        // A database no one has migrated.
        let empty = try await TestDatabase.makeEmpty()
        configuration.database = empty.configuration
        let none = try #require(try await Self.refusal(configuration))
        #expect(none.contains("holds no Equitas schema"))
        #expect(none.contains("run `equitas migrate` first"))
        // Migrating on start (the quick-start default) fills it in, and then it starts.
        configuration.migrateOnStart = true
        #expect(try await Self.refusal(configuration) == nil)
        configuration.migrateOnStart = false
        #expect(try await Self.refusal(configuration) == nil)
        try await empty.destroy()
    }
}
