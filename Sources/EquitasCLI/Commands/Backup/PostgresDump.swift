import Foundation

/// Runs `pg_dump --format=custom` on the database DATABASE_URL names. Every connection
/// detail goes through libpq's environment variables, so the password is never on a
/// command line another user could read with `ps`.
enum PostgresDump {
    static func run(url: String, to target: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let executable = executable(environment: environment) else {
            throw RuntimeError("pg_dump is not on PATH: install the PostgreSQL client tools, or use the default logical backup")
        }
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--format=custom", "--file=\(partial.path)"]
        process.environment = environment.merging(try connection(url), uniquingKeysWith: { _, new in new })
        do {
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw RuntimeError("pg_dump failed (exit status \(process.terminationStatus)); its message is above")
            }
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: partial)
            } else {
                try FileManager.default.moveItem(at: partial, to: target)
            }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and PGSSLMODE from the URL.
    static func connection(_ url: String) throws -> [String: String] {
        guard let parts = URLComponents(string: url), let host = parts.host else {
            throw RuntimeError("DATABASE_URL cannot be read as a postgres:// URL")
        }
        var variables = ["PGHOST": host, "PGDATABASE": String(parts.path.dropFirst())]
        if let port = parts.port { variables["PGPORT"] = String(port) }
        if let user = parts.user { variables["PGUSER"] = user }
        if let password = parts.password { variables["PGPASSWORD"] = password }
        if let mode = parts.queryItems?.first(where: { $0.name == "sslmode" })?.value { variables["PGSSLMODE"] = mode }
        return variables
    }

    static func executable(environment: [String: String]) -> URL? {
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("pg_dump")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
