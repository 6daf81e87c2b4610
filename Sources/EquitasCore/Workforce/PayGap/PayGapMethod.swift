import Foundation

/// The arithmetic the statutory pay gap method shares between its measures: hourly
/// rates, means, medians, gaps and percentages, all in `Decimal` because these are
/// sums of money and binary floating point would drift in the last penny.
public enum PayGapMethod {
    /// The hourly rate of ordinary pay. A rate the council gives is taken as it is; one
    /// derived from the pay period is the period's pay (ordinary pay plus the bonus paid
    /// in that period) scaled to a week and divided by the weekly working hours. Nil when
    /// the period or the hours are not positive, since no rate can then be worked out.
    public static func hourlyRate(_ input: HourlyPayInput) -> Decimal? {
        switch input {
        case .rate(let rate):
            return rate
        case let .derived(ordinaryPay, bonusInPeriod, periodDays, weeklyHours):
            guard periodDays > 0, weeklyHours > 0 else { return nil }
            return (ordinaryPay + bonusInPeriod) * 7 / Decimal(periodDays) / weeklyHours
        }
    }

    /// The arithmetic mean; nil for nobody.
    public static func mean(_ values: [Decimal]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Decimal(values.count)
    }

    /// The middle value; for an even count the mean of the two middle values. Nil for nobody.
    public static func median(_ values: [Decimal]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Men's figure less women's, as a percentage of men's, to one decimal place. A
    /// positive gap means men are paid more. Nil when either side has no figure, or when
    /// men's figure is zero and the gap has no meaning.
    public static func gap(men: Decimal?, women: Decimal?) -> Decimal? {
        guard let men, let women, men != 0 else { return nil }
        return rounded((men - women) / men * 100)
    }

    /// `part` as a percentage of `whole`, to one decimal place; nil when `whole` is zero.
    public static func percentage(_ part: Decimal, of whole: Decimal) -> Decimal? {
        guard whole != 0 else { return nil }
        return rounded(part / whole * 100)
    }

    /// One decimal place, a half rounded away from zero (12.25 → 12.3, −12.25 → −12.3),
    /// as published figures are usually read.
    public static func rounded(_ value: Decimal) -> Decimal {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, 1, .plain)
        return result
    }
}
