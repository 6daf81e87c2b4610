import Crypto
import Foundation
import Vapor

/// A strong entity tag for a JSON representation: the first 128 bits of its SHA-256, so
/// two answers carry the same tag exactly when their bytes are the same. The record's
/// every field is in its representation, so any change to it changes the tag, whoever
/// made it and by whatever route.
enum EntityTag {
    static func of(_ body: ByteBuffer) -> String {
        let digest = SHA256.hash(data: body.readableBytesView)
        return "\"" + digest.prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
    }

    /// Whether an `If-Match` header value lets a write go ahead on a resource now tagged
    /// `current`. Weak tags never match (RFC 9110 compares strongly for If-Match).
    static func matches(ifMatch header: String, current: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            let tag = candidate.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == current
        }
    }
}
