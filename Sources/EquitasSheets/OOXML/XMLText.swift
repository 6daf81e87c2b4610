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
