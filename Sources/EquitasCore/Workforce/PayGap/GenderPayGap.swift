import Foundation

/// The gender pay gap by the method of Schedule 1 to the Equality Act 2010 (Specific
/// Duties and Public Authorities) Regulations 2017, from an anonymised staff list at
/// the snapshot date. A pure computation: the list in, the figures out. The method is
/// written out, with a worked example, in docs/pay-gaps.md.
public enum GenderPayGap {
    public static func report(_ staff: [StaffRecord], snapshot: CalendarDate) -> GenderPayGapReport {
        var excluded: [String: Int] = [:]
        var men = 0, women = 0
        // Hourly figures: relevant employees on full pay whose rate can be worked out.
        var rates: [Decimal] = [], rateIsMale: [Bool] = []
        // Bonus figures: every relevant employee, on full pay or not, paid a bonus.
        var menBonuses: [Decimal] = [], womenBonuses: [Decimal] = []
        rates.reserveCapacity(staff.count)
        rateIsMale.reserveCapacity(staff.count)
        // By index rather than `for record in staff`: reading the fields in place saves
        // copying (and retaining) a million records.
        for index in staff.indices {
            let isMale: Bool
            switch PayGapSex.classify(staff[index].sex) {
            case .success(let sex): isMale = sex == .male
            case .failure(let reason):
                excluded[reason.rawValue, default: 0] += 1
                continue
            }
            if isMale { men += 1 } else { women += 1 }
            let bonus = staff[index].bonusPay
            if isPositive(bonus) {
                if isMale { menBonuses.append(bonus) } else { womenBonuses.append(bonus) }
            }
            guard staff[index].fullPay else { continue }
            guard let rate = PayGapMethod.hourlyRate(staff[index].pay) else {
                excluded[PayGapExclusion.noHourlyRate.rawValue, default: 0] += 1
                continue
            }
            rates.append(rate)
            rateIsMale.append(isMale)
        }
        let hourly = HourlyPayFigures(rates: rates, isMale: rateIsMale)
        let menBonus = PayFigures(menBonuses), womenBonus = PayFigures(womenBonuses)
        var proportion: [String: Decimal] = [:]
        proportion["male"] = PayGapMethod.percentage(Decimal(menBonuses.count), of: Decimal(men))
        proportion["female"] = PayGapMethod.percentage(Decimal(womenBonuses.count), of: Decimal(women))

        return GenderPayGapReport(
            snapshot: snapshot,
            relevantEmployees: men + women,
            fullPayRelevantEmployees: rates.count,
            meanHourlyGap: PayGapMethod.gap(men: hourly.men.mean, women: hourly.women.mean),
            medianHourlyGap: PayGapMethod.gap(men: hourly.men.median, women: hourly.women.median),
            meanBonusGap: PayGapMethod.gap(men: menBonus.mean, women: womenBonus.mean),
            medianBonusGap: PayGapMethod.gap(men: menBonus.median, women: womenBonus.median),
            bonusProportion: proportion,
            quartiles: hourly.quartiles.map(\.percentages),
            excluded: excluded
        )
    }

    /// `value > 0`, without `Decimal`'s slow comparison when its bits can be read.
    static func isPositive(_ value: Decimal) -> Bool {
        guard let parts = DecimalBits.parts(value) else { return value > 0 }
        return parts.mantissa != 0 && !parts.negative
    }
}
