import Crypto
import Foundation

/// The text of a bearer token: `eqt_` followed by 32 random bytes in unpadded
/// base64url (43 characters). The prefix makes a leaked token easy to recognise (secret
/// scanners, logs); only the SHA-256 of the whole text is ever stored.
public enum APITokenSecret {
    public static let prefix = "eqt_"
    static let encodedLength = 43

    /// A new token from the system's secure random source.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let encoded = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return prefix + encoded
    }

    /// Whether `text` has the shape of a token we issue: checked before any database
    /// work, so that junk is refused cheaply.
    public static func isWellFormed(_ text: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        let body = text.utf8.dropFirst(prefix.utf8.count)
        return body.count == encodedLength && body.allSatisfy { alphabet.contains($0) }
    }

    /// base64url: letters, digits, `-` and `_`.
    private static let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Lower-case hex SHA-256 of the token's text. A plain hash is enough (no salt, no
    /// slow hash): the secret has 256 bits of entropy, so there is nothing to guess.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
