import EquitasCore
import Foundation

/// The figures in sentences, for reading at the terminal.
enum PayGapText {
    static func lines(_ report: GenderPayGapReport) -> [String] {
        var lines = [
            "Gender pay gap at \(report.snapshot.longForm)",
            "\(report.relevantEmployees) relevant employees, \(report.fullPayRelevantEmployees) on full pay",
            "Mean hourly pay gap:   \(percent(report.meanHourlyGap))",
            "Median hourly pay gap: \(percent(report.medianHourlyGap))",
            "Mean bonus gap:        \(percent(report.meanBonusGap))",
            "Median bonus gap:      \(percent(report.medianBonusGap))",
            "Paid a bonus:          men \(percent(report.bonusProportion["male"])), women \(percent(report.bonusProportion["female"]))",
        ]
        let names = ["Lower", "Lower middle", "Upper middle", "Upper"]
        for (name, band) in zip(names, report.quartiles) {
            // With fewer than four people on full pay some quartiles hold nobody.
            lines.append(band.isEmpty ? "\(name) quartile: nobody" : "\(name) quartile: men \(percent(band["male"])), women \(percent(band["female"]))")
        }
        for (reason, count) in report.excluded.sorted(by: { $0.key < $1.key }) where count > 0 {
            lines.append("Left out: \(count) (\(reason))")
        }
        if let control = report.disclosureControl { lines.append("Disclosure control: " + control.rule) }
        return lines
    }

    static func percent(_ value: Decimal?) -> String {
        value.map { number($0) + "%" } ?? "no figure (nobody to compare)"
    }

    /// One decimal place, as the figures are published.
    static func number(_ value: Decimal) -> String {
        String(format: "%.1f", NSDecimalNumber(decimal: value).doubleValue)
    }
}
