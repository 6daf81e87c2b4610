import EquitasCore
import EquitasSheets

/// A bar chart as an inline SVG inside a `<figure>`: `role="img"`, named by its
/// `<title>` and described by its `<desc>` (the text alternative), each bar's label
/// written above it and its value after it, so nothing is told by colour alone. Bars
/// are at least 3:1 against white (WCAG 2.2 1.4.11) and text at least 4.5:1 (1.4.3).
/// The section writer puts a table of the same figures after the figure.
enum HTMLBarChart {
    enum Colour {
        static let text = HTMLStyleSheet.Colour.text
        static let neutral = "#505a5f"
        static let positive = "#00703c"
        static let caution = "#b35900"
        static let negative = "#d4351c"
        static let complete = "#1d70b8"

        static let bars = [neutral, positive, caution, negative, complete]

        static func fill(_ tone: ChartTone?) -> String {
            switch tone {
            case .positive: positive
            case .caution: caution
            case .negative: negative
            case .complete: complete
            case .neutral, nil: neutral
            }
        }
    }

    /// Drawing units; the SVG scales to its container through the viewBox, and is never
    /// drawn wider than this many pixels. Narrow enough that on a phone (about 340 px for
    /// the figure) the 16-unit text still shows at about 13 px: a wider drawing shrinks
    /// its words past reading.
    static let width = 420
    static let rowHeight = 56
    static let barHeight = 20
    static let fontSize = 16
    /// Room kept right of the longest bar for its value.
    static let valueRoom = 72
    /// Labels longer than this are cut in the drawing only; the desc and the table keep them whole.
    static let longestLabel = 46

    static func figure(_ chart: BarChart, id: String, titleID: String, descID: String) -> String {
        var svg = ""
        let largest = chart.bars.map(\.value).max() ?? 0
        for (index, bar) in chart.bars.enumerated() {
            let top = index * rowHeight
            let length = barLength(bar.value, largest: largest)
            let barTop = top + fontSize + 8
            svg += #"<text x="0" y="\#(top + fontSize)">\#(XMLText.escape(shortened(bar.label)))</text>"#
            if length > 0 {
                svg += #"<rect x="0" y="\#(barTop)" width="\#(length)" height="\#(barHeight)" fill="\#(Colour.fill(bar.tone))"/>"#
            }
            svg += #"<text x="\#(length + 8)" y="\#(barTop + barHeight - 5)" font-weight="700">\#(bar.value)</text>"# + "\n"
        }
        return HTMLChartFigure.wrap(
            drawing: svg, width: width, height: max(chart.bars.count, 1) * rowHeight, caption: chart.caption,
            description: chart.textAlternative, id: id, titleID: titleID, descID: descID)
    }

    /// The same figures as a table, so they can be read, copied and printed as numbers.
    static func dataTable(_ chart: BarChart) -> ReportTable {
        ReportTable(
            caption: "Figures for the chart: " + chart.caption,
            header: [chart.categoryHeading, chart.unitHeading],
            rows: chart.bars.map { [$0.label, String($0.value)] })
    }

    /// In drawing units; a value above zero is never drawn thinner than 2 units.
    static func barLength(_ value: Int, largest: Int) -> Int {
        guard value > 0, largest > 0 else { return 0 }
        let room = Double(width - valueRoom)
        return max(2, Int((Double(value) / Double(largest) * room).rounded()))
    }

    static func shortened(_ label: String) -> String {
        label.count <= longestLabel ? label : String(label.prefix(longestLabel - 1)) + "…"
    }
}
