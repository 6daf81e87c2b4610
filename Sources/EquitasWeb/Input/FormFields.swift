import EquitasCore
import Foundation

/// `name=value&…` pairs, as in a query string or a URL-encoded form post.
enum FormFields {
    static func check(urlEncoded text: String) throws {
        // Nothing percent-encoded and no raw control character: nothing to find.
        guard text.contains("%") || StorableText.firstForbidden(in: text) != nil else { return }
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            try StorableText.check(name, path: name)
            if parts.count == 2 { try StorableText.check(decode(parts[1]), path: name) }
        }
    }

    /// `+` is a space; a malformed escape is left as typed (it holds no control character).
    static func decode(_ raw: Substring) -> String {
        let spaced = raw.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
