import EquitasCore
import Foundation

/// Ethnicity or disability pay gap figures in lines, for reading at the terminal.
enum GroupPayGapText {
    static func lines(_ report: GroupPayGapReport) -> [String] {
        var lines = ["\(report.characteristic.capitalized) pay gap at \(report.snapshot.longForm), against \(report.referenceGroup)"]
        lines += comparison(report.groups, quartiles: report.quartiles)
        let missing = report.notDisclosed
        lines.append("Disclosed: \(PayGapText.percent(missing.disclosureRate)) of records")
        lines.append("Prefer not to say: \(missing.preferNotToSay.count) (\(PayGapText.percent(missing.preferNotToSay.percentage)))")
        lines.append("Not known: \(missing.notKnown.count) (\(PayGapText.percent(missing.notKnown.percentage)))")
        lines.append("Blank: \(missing.blank.count) (\(PayGapText.percent(missing.blank.percentage)))")
        if let collapsed = report.collapsed {
            lines.append("\(report.referenceGroup) against everyone else disclosed (\(GroupPayGap.ethnicMinorityLabel)):")
            lines += comparison(collapsed.groups, quartiles: collapsed.quartiles)
        }
        return lines
    }

    private static func comparison(_ groups: [GroupPayGapFigures], quartiles: [[String: Decimal]]) -> [String] {
        var lines: [String] = []
        for figures in groups {
            guard !figures.suppressed else {
                lines.append("\(figures.group): suppressed (fewer than \(GroupPayGap.minimumGroupSize) employees)")
                continue
            }
            var line = "\(figures.group): \(figures.employees ?? 0) employees, \(figures.fullPayEmployees ?? 0) on full pay"
            line += ", paid a bonus \(PayGapText.percent(figures.bonusProportion))"
            lines.append(line)
            if figures.group != groups.first?.group {
                lines.append("  hourly gap mean \(PayGapText.percent(figures.meanHourlyGap)), median \(PayGapText.percent(figures.medianHourlyGap))")
                lines.append("  bonus gap mean \(PayGapText.percent(figures.meanBonusGap)), median \(PayGapText.percent(figures.medianBonusGap))")
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
