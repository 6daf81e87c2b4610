import EquitasPersistence
import Foundation

extension DatabaseConfiguration {
    /// Where the data is, for messages: never the password.
    var summary: String {
        switch self {
        case .sqlite(let path):
            return "SQLite at \(path)"
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "PostgreSQL" }
            parts.password = nil
            return "PostgreSQL at \(parts.host ?? "?")\(parts.port.map { ":\($0)" } ?? "")\(parts.path)"
        }
    }
}
