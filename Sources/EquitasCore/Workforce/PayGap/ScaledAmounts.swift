import Foundation

/// Sums of money as whole numbers of a small unit (pence, or tenths of a penny…), so that
/// a million rates can be added and sorted in milliseconds rather than the seconds that
/// `Decimal` arithmetic takes. Exact: an amount that cannot be held exactly (a derived
/// rate with 38 digits, say) makes `init` fail and the caller keeps to `Decimal`.
struct ScaledAmounts {
    /// Digits after the decimal point of the unit: 2 for pence.
    let scale: Int
    let values: [Int64]

    init?(_ amounts: [Decimal]) {
        var parts: [(mantissa: UInt64, exponent: Int, negative: Bool)] = []
        parts.reserveCapacity(amounts.count)
        var scale = 0
        for amount in amounts {
            guard let part = DecimalBits.parts(amount) else { return nil }
            if part.mantissa != 0 { scale = max(scale, -part.exponent) }
            parts.append(part)
        }
        guard scale <= 12 else { return nil }
        var values: [Int64] = []
        values.reserveCapacity(parts.count)
        for part in parts {
            guard let value = Self.value(part, scale: scale) else { return nil }
            values.append(value)
        }
        self.scale = scale
        self.values = values
    }

    init(scale: Int, values: [Int64]) {
        self.scale = scale
        self.values = values
    }

    /// An amount in this unit, checked to stay well inside 62 bits.
    private static func value(_ part: (mantissa: UInt64, exponent: Int, negative: Bool), scale: Int) -> Int64? {
        guard part.mantissa != 0 else { return 0 }
        let shift = part.exponent + scale
        guard shift >= 0, shift <= 18 else { return nil }
        var power: UInt64 = 1
        for _ in 0..<shift { power *= 10 }
        let (product, overflow) = part.mantissa.multipliedReportingOverflow(by: power)
        guard !overflow, product < 1 << 52 else { return nil }
        return part.negative ? -Int64(product) : Int64(product)
    }

    /// The amount `value` of this unit as a `Decimal`, exactly.
    func decimal(_ value: Int64) -> Decimal {
        Decimal(sign: value < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(value.magnitude))
    }

    /// The mean as `PayGapMethod.mean` gives it: the exact sum divided by the count. Nil
    /// for nobody. (Values under 2^52 and at most a few million of them cannot overflow.)
    static func mean(_ values: [Int64], scale: ScaledAmounts) -> Decimal? {
        guard !values.isEmpty else { return nil }
        return scale.decimal(values.reduce(0, +)) / Decimal(values.count)
    }

    /// The median of values already sorted, as `PayGapMethod.median` gives it.
    static func median(sorted values: [Int64], scale: ScaledAmounts) -> Decimal? {
        guard !values.isEmpty else { return nil }
        let middle = values.count / 2
        if values.count % 2 == 1 { return scale.decimal(values[middle]) }
        return (scale.decimal(values[middle - 1]) + scale.decimal(values[middle])) / 2
    }
}
