import EquitasCore
import EquitasSheets
import Foundation

/// Percentages side by side in Word, drawn like `WordBarChart`: a table with one row per
/// category and series (group, series, percentage, bar), the bar a run of shaded
/// no-break spaces. Every row names its group and series in words, so nothing depends
/// on colour; the caption and text alternative are the table's title and description.
enum WordComparisonChart {
    /// Fills (hex without `#`), one per series in turn, each at least 3:1 against white.
    static let fills = ["1D70B8", "505A5F", "00703C", "B35900", "4C2C92", "D4351C"]
    static let longestBar = 30
    static let widths = [3000, 1900, 1300, WordPageLayout.textWidth - 6200]

    static func xml(_ chart: ComparisonChart) -> String {
        var xml = WordChartTable.opening(caption: chart.caption, description: chart.textAlternative, widths: widths)
        xml += row([chart.categoryHeading, "Series", "Per cent"].map { WordText.run($0, bold: true) } + [WordText.run("Bar", bold: true)], isHeader: true)
        let largest = chart.rows.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        for category in chart.rows {
            for (index, name) in chart.series.enumerated() {
                let value = chart.value(category, series: index)
                xml += row([WordText.run(category.label), WordText.run(name), WordText.run(chart.valueText(value)),
                            bar(value, largest: largest, fill: fills[index % fills.count])], isHeader: false)
            }
        }
        return xml + "</w:tbl>"
    }

    /// Any value above zero gets at least one space's width.
    static func barLength(_ value: Decimal?, largest: Decimal) -> Int {
        guard let value, value > 0, largest > 0 else { return 0 }
        let share = NSDecimalNumber(decimal: value / largest).doubleValue
        return max(1, Int((share * Double(longestBar)).rounded()))
    }

    private static func bar(_ value: Decimal?, largest: Decimal, fill: String) -> String {
        WordChartTable.bar(length: barLength(value, largest: largest), fill: fill)
    }

    private static func row(_ runs: [String], isHeader: Bool) -> String {
        WordChartTable.row(runs, widths: widths, isHeader: isHeader)
    }
}
