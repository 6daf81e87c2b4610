import Foundation

/// The gender pay gap by the method of Schedule 1 to the Equality Act 2010 (Specific
/// Duties and Public Authorities) Regulations 2017, from an anonymised staff list at
/// the snapshot date. A pure computation: the list in, the figures out. The method is
/// written out, with a worked example, in docs/pay-gaps.md.
public enum GenderPayGap {
    public static func report(_ staff: [StaffRecord], snapshot: CalendarDate) -> GenderPayGapReport {
        var excluded: [String: Int] = [:]
        var relevant: [(record: StaffRecord, sex: PayGapSex)] = []
        for record in staff {
            switch PayGapSex.classify(record.sex) {
            case .success(let sex): relevant.append((record, sex))
            case .failure(let reason): excluded[reason.rawValue, default: 0] += 1
            }
        }

        // Hourly figures: relevant employees on full pay whose rate can be worked out.
        var fullPay: [(rate: Decimal, isMale: Bool)] = []
        for entry in relevant where entry.record.fullPay {
            guard let rate = PayGapMethod.hourlyRate(entry.record.pay) else {
                excluded[PayGapExclusion.noHourlyRate.rawValue, default: 0] += 1
                continue
            }
            fullPay.append((rate, entry.sex == .male))
        }
        let menRates = fullPay.filter(\.isMale).map(\.rate)
        let womenRates = fullPay.filter { !$0.isMale }.map(\.rate)

        // Bonus figures: every relevant employee, on full pay or not, paid a bonus.
        let men = relevant.filter { $0.sex == .male }.map(\.record)
        let women = relevant.filter { $0.sex == .female }.map(\.record)
        let menBonuses = men.map(\.bonusPay).filter { $0 > 0 }
        let womenBonuses = women.map(\.bonusPay).filter { $0 > 0 }
        var proportion: [String: Decimal] = [:]
        proportion["male"] = PayGapMethod.percentage(Decimal(menBonuses.count), of: Decimal(men.count))
        proportion["female"] = PayGapMethod.percentage(Decimal(womenBonuses.count), of: Decimal(women.count))

        return GenderPayGapReport(
            snapshot: snapshot,
            relevantEmployees: relevant.count,
            fullPayRelevantEmployees: fullPay.count,
            meanHourlyGap: PayGapMethod.gap(men: PayGapMethod.mean(menRates), women: PayGapMethod.mean(womenRates)),
            medianHourlyGap: PayGapMethod.gap(men: PayGapMethod.median(menRates), women: PayGapMethod.median(womenRates)),
            meanBonusGap: PayGapMethod.gap(men: PayGapMethod.mean(menBonuses), women: PayGapMethod.mean(womenBonuses)),
            medianBonusGap: PayGapMethod.gap(men: PayGapMethod.median(menBonuses), women: PayGapMethod.median(womenBonuses)),
            bonusProportion: proportion,
            quartiles: PayQuartiles.bands(fullPay).map(\.percentages),
            excluded: excluded
        )
    }
}
