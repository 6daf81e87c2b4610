import EquitasCore
import Foundation

/// Ethnicity or disability pay gap figures in lines, for reading at the terminal.
enum GroupPayGapText {
    static func lines(_ report: GroupPayGapReport) -> [String] {
        var lines = ["\(report.characteristic.capitalized) pay gap at \(report.snapshot.longForm), against \(report.referenceGroup)"]
        lines += comparison(report.groups, quartiles: report.quartiles, control: report.disclosureControl)
        let missing = report.notDisclosed
        lines.append("Disclosed: \(PayGapText.percent(missing.disclosureRate)) of records")
        lines.append("Prefer not to say: \(missing.preferNotToSay.count) (\(PayGapText.percent(missing.preferNotToSay.percentage)))")
        lines.append("Not known: \(missing.notKnown.count) (\(PayGapText.percent(missing.notKnown.percentage)))")
        lines.append("Blank: \(missing.blank.count) (\(PayGapText.percent(missing.blank.percentage)))")
        if let collapsed = report.collapsed {
            lines.append("\(report.referenceGroup) against everyone else disclosed (\(GroupPayGap.ethnicMinorityLabel)):")
            lines += comparison(collapsed.groups, quartiles: collapsed.quartiles, control: report.disclosureControl)
        }
        lines.append("Disclosure control: " + report.disclosureControl.rule)
        return lines
    }

    private static func comparison(_ groups: [GroupPayGapFigures], quartiles: [[String: Decimal]], control: DisclosureControl) -> [String] {
        var lines: [String] = []
        for figures in groups {
            guard !figures.suppressed else {
                lines.append("\(figures.group): \(control.withheldText)")
                continue
            }
            let withheld = Set(figures.withheld.map(\.figure))
            let figure = { (key: String, value: Decimal?) in withheld.contains(key) ? control.withheldText : PayGapText.percent(value) }
            let fullPay = figures.fullPayEmployees.map(String.init) ?? control.withheldText
            var line = "\(figures.group): \(figures.employees.map(String.init) ?? control.withheldText) employees, \(fullPay) on full pay"
            line += ", paid a bonus \(figure("bonus_proportion", figures.bonusProportion))"
            lines.append(line)
            if figures.group != groups.first?.group {
                lines.append("  hourly gap mean \(figure("mean_hourly_gap", figures.meanHourlyGap)), median \(figure("median_hourly_gap", figures.medianHourlyGap))")
                lines.append("  bonus gap mean \(figure("mean_bonus_gap", figures.meanBonusGap)), median \(figure("median_bonus_gap", figures.medianBonusGap))")
            }
        }
        let names = ["Lower", "Lower middle", "Upper middle", "Upper"]
        for (name, band) in zip(names, quartiles) {
            let shares = band.sorted { $0.key < $1.key }.map { "\($0.key) \(PayGapText.number($0.value))%" }
            lines.append("\(name) quartile: " + (shares.isEmpty ? "nobody" : shares.joined(separator: ", ")))
        }
        return lines
    }
}
