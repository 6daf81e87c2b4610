import Foundation

/// Reading one cell of a staff list into what it means. Each returns nil for a cell it
/// cannot read, and the reader names the row and column. Public so that the fast CSV
/// path reads cells by exactly these rules.
public enum StaffCellParser {
    /// "Prefer not to say" and "not known" in the ways councils write them; anything else
    /// not blank is the group's name as written.
    public static func characteristic(_ cell: SheetCell) -> CharacteristicValue {
        guard !cell.isBlank else { return .blank }
        let text = cell.displayText.trimmingCharacters(in: .whitespacesAndNewlines)
        let key = text.lowercased().filter { $0.isLetter }
        if ["prefernottosay", "prefernotsay", "pnts", "declined", "notstated"].contains(key) { return .preferNotToSay }
        if ["notknown", "unknown", "notrecorded"].contains(key) { return .notKnown }
        return .value(text)
    }

    /// An employee id: the text with spaces around it taken off; nil when blank.
    public static func employeeId(_ cell: SheetCell) -> String? {
        cell.isBlank ? nil : cell.displayText.trimmingCharacters(in: .whitespaces)
    }

    /// Plain text such as a grade: trimmed, nil when blank.
    public static func text(_ cell: SheetCell) -> String? {
        cell.isBlank ? nil : cell.displayText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public static func yesNo(_ cell: SheetCell) -> Bool? {
        switch cell.displayText.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "yes", "y", "true", "1": true
        case "no", "n", "false", "0": false
        default: nil
        }
    }

    /// Money or hours: a number, or text such as "£1,234.50". Never negative.
    public static func amount(_ cell: SheetCell) -> Decimal? {
        let raw: String
        switch cell {
        case .number(let value): raw = String(value)
        case .text(let text): raw = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "£", with: "")
            .replacingOccurrences(of: ",", with: "")
        case .empty, .date: return nil
        }
        guard !raw.isEmpty, raw.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "e" || $0 == "E" || $0 == "+" }),
            let value = Decimal(string: raw, locale: Locale(identifier: "en_US_POSIX")), value >= 0
        else { return nil }
        return value
    }

    public static func wholeDays(_ cell: SheetCell) -> Int? {
        guard let value = amount(cell), value > 0, let days = Int(exactly: NSDecimalNumber(decimal: value).doubleValue) else { return nil }
        return days
    }
}
