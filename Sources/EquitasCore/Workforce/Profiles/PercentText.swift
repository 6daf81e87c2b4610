import Foundation

/// Percentages as published: one decimal place, a half rounded away from zero, always
/// with the decimal ("80.0%", not "80%"), worked in `Decimal` so 12.25 is not 12.2.
public enum PercentText {
    /// "12.3"
    public static func number(_ value: Decimal) -> String {
        var tenths = PayGapMethod.rounded(value) * 10
        var whole = Decimal()
        NSDecimalRound(&whole, &tenths, 0, .plain)
        let scaled = NSDecimalNumber(decimal: whole).intValue
        let sign = scaled < 0 ? "-" : ""
        return "\(sign)\(abs(scaled) / 10).\(abs(scaled) % 10)"
    }

    /// "12.3%"
    public static func percent(_ value: Decimal) -> String { number(value) + "%" }

    /// "+2.5 points", "-1.0 points", "0.0 points": a difference between two percentages.
    public static func points(_ value: Decimal) -> String {
        (value > 0 ? "+" : "") + number(value) + (PayGapMethod.rounded(value) == 1 || PayGapMethod.rounded(value) == -1 ? " point" : " points")
    }
}
