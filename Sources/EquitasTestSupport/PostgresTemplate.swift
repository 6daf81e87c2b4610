import EquitasPersistence
import FluentKit
import Foundation
import SQLKit

/// One migrated template database per test process, cloned with
/// `CREATE DATABASE … TEMPLATE …` for each test. PostgreSQL refuses to clone a template
/// while anyone is connected to it, including another clone in progress, so every
/// CREATE and DROP goes through one queue.
actor PostgresTemplate {
    static let shared = PostgresTemplate()

    private var template: Task<String, any Error>?
    private var tail: Task<Void, Never> = Task {}
    private let pid = ProcessInfo.processInfo.processIdentifier

    /// A URL to a new database cloned from the template.
    func clone(adminURL: String) async throws -> String {
        let template = try await templateName(adminURL: adminURL)
        let name = "equitas_test_\(pid)_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
        try await serially { try await Self.admin(adminURL, "CREATE DATABASE \(name) TEMPLATE \(template)") }
        return try Self.url(adminURL, database: name)
    }

    /// A URL to a new database with nothing in it, not even the migration log.
    func empty(adminURL: String) async throws -> String {
        let name = "equitas_test_\(pid)_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
        try await serially { try await Self.admin(adminURL, "CREATE DATABASE \(name)") }
        return try Self.url(adminURL, database: name)
    }

    func drop(url: String, adminURL: String) async throws {
        guard let name = URLComponents(string: url)?.path.dropFirst(), !name.isEmpty else { return }
        try await serially { try await Self.admin(adminURL, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }

    private func templateName(adminURL: String) async throws -> String {
        if let template { return try await template.value }
        let name = "equitas_template_\(pid)"
        let task = Task {
            try await Self.dropAbandoned(adminURL: adminURL)
            try await Self.admin(adminURL, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            try await Self.admin(adminURL, "CREATE DATABASE \(name)")
            try await TestDatabase.using(EquitasPersistence.DatabaseConfiguration.postgres(url: Self.url(adminURL, database: name))) {
                databases, _ in
                try await EquitasDatabase.migrate(databases, logger: TestDatabase.logger)
            }
            return name
        }
        template = task
        return try await task.value
    }

    /// Runs `work` after every earlier call has finished. An actor alone would not do:
    /// it lets another call in while this one awaits the server.
    private func serially(_ work: @escaping @Sendable () async throws -> Void) async throws {
        let previous = tail
        let task = Task {
            await previous.value
            try await work()
        }
        tail = Task { _ = try? await task.value }
        try await task.value
    }

    /// Databases left by test processes that died before cleaning up.
    private static func dropAbandoned(adminURL: String) async throws {
        let names = try await TestDatabase.using(EquitasPersistence.DatabaseConfiguration.postgres(url: adminURL)) { _, db in
            try await (db as! any SQLDatabase).raw("SELECT datname FROM pg_database WHERE datname LIKE 'equitas_t%'")
                .all().map { try $0.decode(column: "datname", as: String.self) }
        }
        for name in names {
            let parts = name.split(separator: "_")
            guard parts.count >= 3, ["test", "template"].contains(parts[1]), let pid = Int32(parts[2]) else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                try await admin(adminURL, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            }
        }
    }

    private static func admin(_ adminURL: String, _ statement: String) async throws {
        try await TestDatabase.using(EquitasPersistence.DatabaseConfiguration.postgres(url: adminURL)) { _, db in
            try await (db as! any SQLDatabase).raw(SQLQueryString(statement)).run()
        }
    }

    private static func url(_ adminURL: String, database: String) throws -> String {
        guard var parts = URLComponents(string: adminURL) else {
            throw TestDatabaseError("\(TestDatabase.urlVariable) is not a URL")
        }
        parts.path = "/" + database
        guard let url = parts.string else { throw TestDatabaseError("\(TestDatabase.urlVariable) is not a URL") }
        return url
    }
}
