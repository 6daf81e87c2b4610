import Foundation

/// Reads a look-ahead such as `--within 30d` or `?within=6w`: days ("30d" or a bare
/// "30") or weeks ("6w"). Months are refused rather than guessed at, since a month is
/// 28 to 31 days and "within 3m" would quietly mean different things in different
/// seasons.
public enum DurationInDays {
    /// About ten years: further ahead than any plan runs, and safely inside the calendar.
    public static let maximum = 3660

    public static func parse(_ text: String, path: String = "within") throws(ValidationFailure) -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        var digits = Substring(trimmed)
        var multiplier = 1
        switch trimmed.last {
        case "d": digits = digits.dropLast()
        case "w":
            digits = digits.dropLast()
            multiplier = 7
        case "m":
            throw ValidationFailure(path: path, message: "\"\(text)\": months vary in length; give days (\"90d\") or weeks (\"13w\")")
        default: break
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 6, let count = Int(digits) else {
            throw ValidationFailure(path: path, message: "\"\(text)\" is not a number of days: write \"30d\" or \"30\" for days, \"6w\" for weeks")
        }
        let days = count * multiplier
        guard days <= maximum else {
            throw ValidationFailure(path: path, message: "\"\(text)\" is too far ahead: at most \(maximum) days")
        }
        return days
    }
}
