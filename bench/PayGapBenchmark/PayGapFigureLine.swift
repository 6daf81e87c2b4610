import EquitasCore
import Foundation

/// The six figures on one line of `name=value` pairs, the format compare.py reads from
/// pandas and polars too, so the three can be checked against each other.
enum PayGapFigureLine {
    static func line(_ report: GenderPayGapReport) -> String {
        var pairs: [(String, Decimal?)] = [
            ("mean_hourly_gap", report.meanHourlyGap), ("median_hourly_gap", report.medianHourlyGap),
            ("mean_bonus_gap", report.meanBonusGap), ("median_bonus_gap", report.medianBonusGap),
            ("male_bonus_pct", report.bonusProportion["male"]), ("female_bonus_pct", report.bonusProportion["female"]),
        ]
        for (index, band) in report.quartiles.enumerated() {
            pairs.append(("q\(index + 1)_male_pct", band["male"]))
            pairs.append(("q\(index + 1)_female_pct", band["female"]))
        }
        let text = pairs.map { name, value in
            "\(name)=" + (value.map { String(format: "%.1f", NSDecimalNumber(decimal: $0).doubleValue) } ?? "none")
        }
        return "figures: " + text.joined(separator: " ")
    }
}
