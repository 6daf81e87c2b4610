import EquitasCore
import EquitasSheets

/// A bar chart in Word as a three-column table (label, value, bar) whose bars are runs
/// of no-break spaces with a shaded background, as long as the value is large. Native
/// Word charts (a DrawingML chart part with its embedded workbook) are out of scope:
/// they need several more package parts and LibreOffice redraws them its own way,
/// whereas a table reads the same everywhere, and screen readers read its numbers and
/// skip the spaces. The caption is the table's title and the text alternative its
/// description (`w:tblCaption`, `w:tblDescription`), and the text alternative is also
/// printed under the table.
enum WordBarChart {
    /// Fills for each tone (hex without `#`), dark enough for 3:1 against white.
    static func fill(_ tone: ChartTone?) -> String {
        switch tone {
        case .positive: "00703C"
        case .caution: "B35900"
        case .negative: "D4351C"
        case .complete: "1D70B8"
        case .neutral, nil: "505A5F"
        }
    }

    /// The longest bar, in no-break spaces: about the width of the bar column in 12pt Arial.
    static let longestBar = 40
    static let widths = [3600, 1400, WordPageLayout.textWidth - 5000]

    static func xml(_ chart: BarChart) -> String {
        var xml = WordChartTable.opening(caption: chart.caption, description: chart.textAlternative, widths: widths)
        xml += row([WordText.run(chart.categoryHeading, bold: true), WordText.run(chart.unitHeading, bold: true), WordText.run("Bar", bold: true)], isHeader: true)
        let largest = chart.bars.map(\.value).max() ?? 0
        for bar in chart.bars {
            xml += row([WordText.run(bar.label), WordText.run(String(bar.value)), self.bar(bar, largest: largest)], isHeader: false)
        }
        return xml + "</w:tbl>"
    }

    /// Any value above zero gets at least one space's width, so a small count is not
    /// drawn as nothing.
    static func barLength(_ value: Int, largest: Int) -> Int {
        guard value > 0, largest > 0 else { return 0 }
        return max(1, Int((Double(value) / Double(largest) * Double(longestBar)).rounded()))
    }

    private static func bar(_ bar: BarChart.Bar, largest: Int) -> String {
        WordChartTable.bar(length: barLength(bar.value, largest: largest), fill: fill(bar.tone))
    }

    private static func row(_ runs: [String], isHeader: Bool) -> String {
        WordChartTable.row(runs, widths: widths, isHeader: isHeader)
    }
}
