import Foundation

/// Which database Equitas keeps its data in. SQLite in the data folder needs nothing
/// set up; PostgreSQL is how a real deployment grows past one machine.
public enum DatabaseConfiguration: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    public static let fileName = "equitas.sqlite"

    /// DATABASE_URL (postgres:// or postgresql://) wins; otherwise `<dataDirectory>/equitas.sqlite`.
    /// A DATABASE_URL that cannot be used is an error rather than a silent fall-back to SQLite,
    /// which would leave someone writing to a database they did not mean.
    public static func from(environment: [String: String], dataDirectory: URL) throws -> DatabaseConfiguration {
        guard let raw = environment["DATABASE_URL"]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            return .sqlite(path: dataDirectory.appendingPathComponent(fileName).path)
        }
        try PostgresURL.check(raw)
        return .postgres(url: raw)
    }
}
