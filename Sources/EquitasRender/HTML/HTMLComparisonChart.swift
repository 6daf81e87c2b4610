import EquitasCore
import EquitasSheets
import Foundation

/// Percentages side by side as an inline SVG, as accessible as `HTMLBarChart`: inside a
/// `<figure>`, `role="img"` named by its `<title>` and described by its `<desc>` (the
/// text alternative). Each category's name is written above its bars, and every bar has
/// its series' name before it and its value after it, so no series is told by colour
/// alone; a missing value is written out ("not shown") where its bar would be. Bars are
/// at least 3:1 against white and text at least 4.5:1. The section writer puts a table
/// of the same figures after the figure.
enum HTMLComparisonChart {
    /// One per series in turn, every one at least 3:1 against white.
    static let fills = ["#1d70b8", "#505a5f", "#00703c", "#b35900", "#4c2c92", "#d4351c"]

    static func fill(series index: Int) -> String { fills[index % fills.count] }

    /// As `HTMLBarChart.width`: narrow enough to read on a phone.
    static let width = HTMLBarChart.width
    static let fontSize = 16
    /// The category's name above its bars.
    static let labelHeight = 26
    static let barRowHeight = 28
    static let barHeight = 20
    static let gapAfterCategory = 14
    /// Left of the bars: the series' names.
    static let seriesColumn = 150
    static let valueRoom = 96
    static let longestLabel = 44
    static let longestSeriesName = 17

    static func height(_ chart: ComparisonChart) -> Int {
        let perCategory = labelHeight + max(chart.series.count, 1) * barRowHeight + gapAfterCategory
        return max(chart.rows.count, 1) * perCategory
    }

    static func figure(_ chart: ComparisonChart, id: String, titleID: String, descID: String) -> String {
        var svg = ""
        let largest = chart.rows.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        var top = 0
        for row in chart.rows {
            svg += #"<text x="0" y="\#(top + fontSize)" font-weight="700">\#(XMLText.escape(shortened(row.label, to: longestLabel)))</text>"# + "\n"
            var barTop = top + labelHeight
            for (index, name) in chart.series.enumerated() {
                let value = chart.value(row, series: index)
                let length = barLength(value, largest: largest)
                let baseline = barTop + barHeight - 5
                svg += #"<text x="0" y="\#(baseline)">\#(XMLText.escape(shortened(name, to: longestSeriesName)))</text>"#
                if length > 0 {
                    svg += #"<rect x="\#(seriesColumn)" y="\#(barTop)" width="\#(length)" height="\#(barHeight)" fill="\#(fill(series: index))"/>"#
                }
                let text = chart.valueText(value)
                svg += #"<text x="\#(seriesColumn + length + 8)" y="\#(baseline)"\#(value == nil ? "" : #" font-weight="700""#)>\#(XMLText.escape(text))</text>"# + "\n"
                barTop += barRowHeight
            }
            top = barTop + gapAfterCategory
        }
        return HTMLChartFigure.wrap(
            drawing: svg, width: width, height: height(chart), caption: chart.caption, description: chart.textAlternative, id: id,
            titleID: titleID, descID: descID)
    }

    /// In drawing units; a value above zero is never drawn thinner than 2 units.
    static func barLength(_ value: Decimal?, largest: Decimal) -> Int {
        guard let value, value > 0, largest > 0 else { return 0 }
        let room = Double(width - seriesColumn - valueRoom)
        let share = NSDecimalNumber(decimal: value / largest).doubleValue
        return max(2, Int((share * room).rounded()))
    }

    static func shortened(_ label: String, to limit: Int) -> String {
        label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
    }
}
