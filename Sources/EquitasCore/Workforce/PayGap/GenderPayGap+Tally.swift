import Foundation

extension GenderPayGap {
    /// The figures from a tally: the same as `report(_:snapshot:)` gives for the records
    /// the tally was made from, worked in the unit `ScaledAmounts` would choose for them
    /// (the most decimal places written), so every sum and division is the same.
    public static func report(_ tally: PayGapTally, snapshot: CalendarDate) -> GenderPayGapReport {
        let rateScale = ScaledAmounts(scale: tally.rateDecimals, values: [])
        let ranked = RadixSort.sorted(rescaled(keys: tally.rateKeys, decimals: tally.rateDecimals))
        var menRates: [Int64] = [], womenRates: [Int64] = []
        menRates.reserveCapacity(ranked.count)
        womenRates.reserveCapacity(ranked.count)
        for key in ranked {
            if key & 1 == 1 { menRates.append(Int64(key >> 1)) } else { womenRates.append(Int64(key >> 1)) }
        }
        let menHourly = PayFigures(sorted: menRates, scale: rateScale), womenHourly = PayFigures(sorted: womenRates, scale: rateScale)
        let menBonus = bonusFigures(tally.menBonuses, decimals: tally.bonusDecimals.men)
        let womenBonus = bonusFigures(tally.womenBonuses, decimals: tally.bonusDecimals.women)
        var proportion: [String: Decimal] = [:]
        proportion["male"] = PayGapMethod.percentage(Decimal(tally.menBonuses.count), of: Decimal(tally.men))
        proportion["female"] = PayGapMethod.percentage(Decimal(tally.womenBonuses.count), of: Decimal(tally.women))
        var excluded: [String: Int] = [:]
        for (reason, count) in zip(PayGapExclusion.allCases, tally.excluded) where count > 0 { excluded[reason.rawValue] = count }
        return GenderPayGapReport(
            snapshot: snapshot,
            relevantEmployees: tally.men + tally.women,
            fullPayRelevantEmployees: ranked.count,
            meanHourlyGap: PayGapMethod.gap(men: menHourly.mean, women: womenHourly.mean),
            medianHourlyGap: PayGapMethod.gap(men: menHourly.median, women: womenHourly.median),
            meanBonusGap: PayGapMethod.gap(men: menBonus.mean, women: womenBonus.mean),
            medianBonusGap: PayGapMethod.gap(men: menBonus.median, women: womenBonus.median),
            bonusProportion: proportion,
            quartiles: PayQuartiles.bands(rankedKeys: ranked).map(\.percentages),
            excluded: excluded
        )
    }

    private static func bonusFigures(_ units: [Int64], decimals: Int) -> PayFigures {
        let divisor = power(PayGapTally.unitDigits - decimals)
        let values = divisor == 1 ? units : units.map { $0 / divisor }
        return PayFigures(sorted: RadixSort.sorted(values), scale: ScaledAmounts(scale: decimals, values: []))
    }

    /// Keys from units to the unit of `decimals` places: exact, since no amount has more.
    private static func rescaled(keys: [UInt64], decimals: Int) -> [UInt64] {
        let divisor = UInt64(power(PayGapTally.unitDigits - decimals))
        guard divisor != 1 else { return keys }
        return keys.map { (($0 >> 1) / divisor) << 1 | ($0 & 1) }
    }

    private static func power(_ exponent: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<max(exponent, 0) { value *= 10 }
        return value
    }
}
