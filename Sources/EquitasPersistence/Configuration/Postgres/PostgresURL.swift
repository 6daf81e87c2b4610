import Foundation

/// Reads and checks a PostgreSQL URL. TLS is off unless the URL asks for it with
/// `sslmode=require` (or `verify-ca`, `verify-full`): a server on the same machine or
/// private network rarely offers it, and "prefer" would hide a misconfiguration.
enum PostgresURL {
    static let schemes: Set<String> = ["postgres", "postgresql"]
    static let tlsModes: Set<String> = ["require", "verify-ca", "verify-full"]
    static let plainModes: Set<String> = ["disable", "allow", "prefer"]
    static let example = "postgres://user:password@host:5432/database"

    static func check(_ raw: String) throws {
        _ = try components(of: raw)
    }

    /// The URL as the driver should read it: with an explicit `sslmode`, so that its
    /// own default (prefer) never applies.
    static func normalised(_ raw: String) throws -> String {
        var parts = try components(of: raw)
        let wantsTLS = sslMode(of: parts).map(tlsModes.contains) ?? false
        var items = (parts.queryItems ?? []).filter { !isTLSKey($0.name) }
        items.append(URLQueryItem(name: "sslmode", value: wantsTLS ? "require" : "disable"))
        parts.queryItems = items
        parts.scheme = "postgres"
        guard let url = parts.string else { throw failure(raw, "cannot be read as a URL") }
        return url
    }

    /// The database the URL names.
    static func databaseName(of raw: String) throws -> String {
        String(try components(of: raw).path.dropFirst())
    }

    private static func components(of raw: String) throws -> URLComponents {
        guard let parts = URLComponents(string: raw), let scheme = parts.scheme?.lowercased() else {
            throw failure(raw, "cannot be read as a URL")
        }
        guard schemes.contains(scheme) else {
            throw failure(raw, "must start with postgres:// or postgresql:// (leave DATABASE_URL unset to use SQLite in the data folder)")
        }
        guard let host = parts.host, !host.isEmpty else { throw failure(raw, "names no host") }
        guard let user = parts.user, !user.isEmpty else { throw failure(raw, "names no user") }
        guard parts.path.count > 1, !parts.path.dropFirst().contains("/") else { throw failure(raw, "names no database") }
        if let mode = sslMode(of: parts), !tlsModes.contains(mode), !plainModes.contains(mode) {
            throw failure(raw, "has sslmode=\(mode); use disable or require")
        }
        return parts
    }

    private static func sslMode(of parts: URLComponents) -> String? {
        parts.queryItems?.last(where: { isTLSKey($0.name) })?.value?.lowercased()
    }

    private static func isTLSKey(_ name: String) -> Bool {
        ["sslmode", "tlsmode", "ssl", "tls"].contains(name.lowercased())
    }

    private static func failure(_ raw: String, _ problem: String) -> DatabaseConfigurationError {
        DatabaseConfigurationError("DATABASE_URL \(redacted(raw)) \(problem); expected something like \(example)")
    }

    /// `host:port/database`, for messages that say which server did not answer.
    static func address(of raw: String) -> String {
        guard let parts = URLComponents(string: raw) else { return "(unreadable URL)" }
        return "\(parts.host ?? "?"):\(parts.port ?? 5432)\(parts.path)"
    }

    /// The URL with any password replaced, fit for an error message or a log.
    static func redacted(_ raw: String) -> String {
        guard var parts = URLComponents(string: raw) else { return "(unreadable)" }
        if parts.password != nil { parts.password = "***" }
        return parts.string ?? "(unreadable)"
    }
}
