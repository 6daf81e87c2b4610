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
        let cells = row.map { value -> SheetCell in value.map { .text(PayGapText.number($0)) } ?? .empty }
        return SheetTable(name: "Pay gap", header: header, rows: [cells])
    }
}
