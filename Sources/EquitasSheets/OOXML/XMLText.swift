/// Text made safe for XML and HTML. Every renderer writes user text only through
/// these functions, so a finding that contains `<script>` or `&` comes out literally.
public enum XMLText {
    /// For element content: `&`, `<`, `>` escaped; characters XML 1.0 forbids (most
    /// control characters) dropped, because Word refuses a file that contains them.
    public static func escape(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// For attribute values in double or single quotes: quotes and whitespace that an
    /// attribute would otherwise normalise away are escaped too.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    static func escape(_ text: String, inAttribute: Bool) -> String {
        // Most text needs nothing done: one pass over the bytes says so, and the text is
        // returned as it is (every page and document escapes thousands of strings).
        guard needsEscaping(text, inAttribute: inAttribute) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&#39;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether any byte could need a change: markup characters, control characters, the
    /// quotes and whitespace of an attribute, and 0xEF, which starts U+FFFE and U+FFFF.
    /// (A Swift string never holds a surrogate.)
    static func needsEscaping(_ text: String, inAttribute: Bool) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xEF: return true
            case UInt8(ascii: "\""), UInt8(ascii: "'"), 0x0A, 0x09: if inAttribute { return true }
            case 0x0D: continue
            case 0..<0x20: return true
            default: continue
            }
        }
        return false
    }

    /// XML 1.0's Char production: tab, newline, carriage return, and the rest of
    /// Unicode apart from the other C0 controls, surrogates and U+FFFE/U+FFFF.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
