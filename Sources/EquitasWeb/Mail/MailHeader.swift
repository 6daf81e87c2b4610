import Foundation

/// The small parts of writing mail headers.
enum MailHeader {
    /// Line breaks (and other control characters) become spaces: a header value never
    /// spans lines except by folding.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }

    /// ASCII text as it is; anything else as one or more RFC 2047 encoded words.
    static func encoded(_ text: String) -> String {
        let line = oneLine(text)
        guard !line.unicodeScalars.allSatisfy({ $0.isASCII }) else { return line }
        // Base64 words of at most 45 bytes of text each (60 characters encoded), split
        // between characters, never inside one.
        var words: [String] = []
        var chunk = Data()
        for character in line {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=") }
        return words.joined(separator: " ")
    }

    /// A display name: plain if it is plain ASCII words, quoted if it has specials,
    /// encoded if it is not ASCII.
    static func phrase(_ name: String) -> String {
        guard name.unicodeScalars.allSatisfy({ $0.isASCII }) else { return encoded(name) }
        let plain = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || "!#$%&'*+-/=?^_`{|}~".contains($0) }
        return plain ? name : "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Folds a header longer than 78 characters at spaces (RFC 5322 §2.2.3).
    static func folded(_ header: String) -> String {
        guard header.count > 78 else { return header }
        var lines: [String] = []
        var current = ""
        for word in header.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > 78 {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    /// "Sun, 06 Dec 2026 21:00:00 +0000"
    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}

/// Quoted-printable (RFC 2045 §6.7) for UTF-8 text: lines of at most 76 characters,
/// CRLF line ends.
enum QuotedPrintable {
    static func encode(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { encodeLine(Array($0.utf8)) }.joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var out: [String] = []
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let last = index == bytes.count - 1
            let token: String
            if (byte == 0x20 || byte == 0x09) && !last {
                token = String(UnicodeScalar(byte))
            } else if byte >= 33 && byte <= 126 && byte != 61 {
                token = String(UnicodeScalar(byte))
            } else {
                token = String(format: "=%02X", byte)
            }
            // Leave room for the soft break "=" at the end of a line of 76.
            if current.count + token.count > 75 {
                out.append(current + "=")
                current = ""
            }
            current += token
        }
        out.append(current)
        return out.joined(separator: "\r\n")
    }
}
