/// A horizontal bar chart of whole-number counts, such as actions by status. The
/// model is the data, never a picture: HTML draws it as SVG, Word as a table, Markdown
/// as a table, and each also carries `textAlternative` so nothing is only visual.
public struct BarChart: Codable, Equatable, Sendable {
    /// "Actions by status at 30 June 2022": printed with the chart and read as its name.
    public var caption: String
    /// What the values count, plural: "actions".
    public var unit: String
    /// What the bars are, singular: "status". Heads the label column of the data table.
    public var category: String
    public var bars: [Bar]

    public struct Bar: Codable, Equatable, Sendable {
        public var label: String
        public var value: Int
        public var tone: ChartTone?

        public init(label: String, value: Int, tone: ChartTone? = nil) {
            self.label = label
            self.value = value
            self.tone = tone
        }
    }

    public init(caption: String, unit: String, category: String, bars: [Bar]) {
        self.caption = caption
        self.unit = unit
        self.category = category
        self.bars = bars
    }

    /// The sum of the bars; meaningful when, as with statuses, every thing counted is
    /// in exactly one bar.
    public var total: Int { bars.reduce(0) { $0 + $1.value } }

    /// The chart in words, for those who cannot see it:
    /// "Bar chart of 52 actions by status: Complete 18, On track 20, At risk 6."
    public var textAlternative: String {
        let values = bars.map { "\($0.label) \($0.value)" }.joined(separator: ", ")
        return "Bar chart of \(total) \(unit) by \(category)" + (values.isEmpty ? "." : ": \(values).")
    }

    /// `category` with a capital, for a column heading: "Status".
    public var categoryHeading: String { category.prefix(1).uppercased() + category.dropFirst() }

    /// `unit` with a capital, for a column heading: "Actions".
    public var unitHeading: String { unit.prefix(1).uppercased() + unit.dropFirst() }
}
