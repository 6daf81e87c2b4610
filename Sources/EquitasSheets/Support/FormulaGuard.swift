/// Keeps CSV text from being run as a formula. Excel, LibreOffice and Google Sheets
/// evaluate a CSV cell that starts with `=`, `+`, `-` or `@` (and some treat a leading
/// tab or carriage return the same way), so a finding titled `=HYPERLINK(...)` could
/// become a live link. Such text is written with a leading apostrophe, which the
/// software shows as text; the reader takes the apostrophe off again.
///
/// Text that already starts with apostrophes before a trigger gets one more, so that
/// taking one off on import always gives back exactly what was exported.
enum FormulaGuard {
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func guarded(_ text: String) -> String {
        needsApostrophe(text) ? "'" + text : text
    }

    static func unguarded(_ text: String) -> String {
        guard text.unicodeScalars.first == "'", needsApostrophe(text) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    /// True for `'*` followed by a trigger: text a spreadsheet would evaluate once the
    /// apostrophes were gone.
    private static func needsApostrophe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.drop(while: { $0 == "'" }).first else { return false }
        return triggers.contains(first)
    }
}
