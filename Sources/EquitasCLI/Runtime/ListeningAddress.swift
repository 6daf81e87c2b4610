import Foundation

/// `serve --hostname/--port`, checked before anything starts: Vapor would otherwise take
/// port 0 as "any free port" and a mistyped host as a name to look up, and say so only
/// after the database had been opened and migrated.
enum ListeningAddress {
    static func check(hostname: String, port: Int) throws {
        guard (1...65_535).contains(port) else {
            throw RuntimeError("--port must be between 1 and 65535, not \(port)")
        }
        // A name (letters, digits, dots, hyphens) or an IPv4 or IPv6 address.
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-:"))
        guard !hostname.isEmpty, hostname.count <= 253, hostname.unicodeScalars.allSatisfy({ allowed.contains($0) && $0.isASCII }),
            !hostname.hasPrefix("-"), !hostname.hasPrefix(".")
        else {
            throw RuntimeError("--hostname must be an address to listen on, such as 127.0.0.1, 0.0.0.0 or ::, not \"\(hostname)\"")
        }
    }
}
