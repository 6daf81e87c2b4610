/// Text a database can keep the same way on SQLite and PostgreSQL. PostgreSQL refuses a
/// NUL in any text; SQLite stores it and some readers then stop at it. The other C0
/// control characters (and DEL) are never typed and only arrive by accident — pasted
/// from another program, or from a broken file — so they are refused too, with the field
/// named, rather than stored on one database and refused by the other. Tab, line feed and
/// carriage return are ordinary text.
public enum StorableText {
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F: return true
        default: return false
        }
    }

    /// The first character that cannot be stored, if any.
    public static func firstForbidden(in text: some StringProtocol) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isForbidden)
    }

    /// How a field holding `scalar` is described, e.g. "contains a control character (U+0000)…".
    public static func message(_ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        return "contains a control character (U+\(padded)) that cannot be stored; remove it and try again"
    }

    /// Throws a `ValidationFailure` at `path` when `text` holds a forbidden character.
    public static func check(_ text: some StringProtocol, path: String) throws(ValidationFailure) {
        if let scalar = firstForbidden(in: text) { throw ValidationFailure(path: path, message: message(scalar)) }
    }
}
