import Crypto
import Foundation

/// Unguessable text for tokens and cookies: 32 bytes from the system's secure random
/// source in unpadded base64url (43 characters), and the hex SHA-256 kept in its place.
enum RandomSecret {
    static let encodedLength = 43

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Whether `text` is exactly what `generate` makes, checked before any database work.
    static func isWellFormed<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.count == encodedLength && text.utf8.allSatisfy { alphabet.contains($0) }
    }

    /// base64url: letters, digits, `-` and `_`.
    private static let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// A plain hash is enough (no salt, no slow hash): the secret has 256 bits of
    /// entropy, so there is nothing to guess.
    static func hash(_ text: String) -> String {
        LowercaseHex.string(SHA256.hash(data: Data(text.utf8)))
    }
}
