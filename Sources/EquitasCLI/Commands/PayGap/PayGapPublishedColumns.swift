import EquitasCore
import Foundation

/// The figures as the columns of the government's published gender pay gap data set,
/// so a council can lay its own row beside every other employer's.
enum PayGapPublishedColumns {
    static let header = [
        "DiffMeanHourlyPercent", "DiffMedianHourlyPercent", "DiffMeanBonusPercent", "DiffMedianBonusPercent",
        "MaleBonusPercent", "FemaleBonusPercent", "MaleLowerQuartile", "FemaleLowerQuartile", "MaleLowerMiddleQuartile",
        "FemaleLowerMiddleQuartile", "MaleUpperMiddleQuartile", "FemaleUpperMiddleQuartile", "MaleTopQuartile", "FemaleTopQuartile",
    ]

    static func table(_ report: GenderPayGapReport) -> SheetTable {
        var row: [Decimal?] = [report.meanHourlyGap, report.medianHourlyGap, report.meanBonusGap, report.medianBonusGap,
                               report.bonusProportion["male"], report.bonusProportion["female"]]
        for band in report.quartiles { row += [band["male"], band["female"]] }
        let cells = row.map { value -> SheetCell in value.map(cell) ?? .empty }
        return SheetTable(name: "Pay gap", header: header, rows: [cells])
    }

    /// A negative gap (women paid more) as a number: as text, the CSV writer's formula
    /// guard would write "-3.2" as "'-3.2", which the data set cannot read as a figure.
    private static func cell(_ value: Decimal) -> SheetCell {
        let text = PayGapText.number(value)
        guard text.hasPrefix("-"), let number = Double(text) else { return .text(text) }
        return .number(number)
    }
}
