import Foundation

/// SpreadsheetML's own escape for text: `_xHHHH_` stands for the character with that
/// hexadecimal code. Excel writes control characters (which XML cannot hold) this way
/// and decodes the pattern wherever it appears, so text that merely contains
/// "_x0041_" must have its underscore escaped as `_x005F_` to come back unchanged.
enum XLSXText {
    static func encode(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            // A carriage return is allowed in XML but every parser reads it back as a
            // line feed, so it is escaped as Excel does to survive the round trip.
            if !XMLText.isAllowed(scalar) || scalar == "\r" || (scalar == "_" && isEscape(scalars, at: index)) {
                result.append(contentsOf: String(format: "_x%04X_", scalar.value).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if isEscape(scalars, at: index),
               let code = UInt32(String(String.UnicodeScalarView(scalars[index + 2..<index + 6])), radix: 16),
               let decoded = Unicode.Scalar(code) {
                result.append(decoded)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// `_x`, four hexadecimal digits, `_`, starting at `index`.
    private static func isEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_"
        else { return false }
        return scalars[index + 2..<index + 6].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
