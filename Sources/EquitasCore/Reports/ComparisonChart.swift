import Foundation

/// Percentages compared side by side: for each category (a group of staff), one bar per
/// series ("Workforce", "Community"; or one per snapshot date for a trend). Like
/// `BarChart` it is data, never a picture: HTML draws it as SVG beside a table, Word
/// and Markdown as tables, and `textAlternative` says it all in words.
public struct ComparisonChart: Codable, Equatable, Sendable {
    /// Printed with the chart and read as its name.
    public var caption: String
    /// What the categories are, singular: "ethnic group". Heads the first column.
    public var category: String
    /// The bars within each category, in order: "Workforce", "Community".
    public var series: [String]
    public var rows: [Row]
    /// Said in place of a value that is missing (suppressed, or not recorded on that side).
    public var missingText: String
    /// True where the section prints these figures in a table of its own beside the
    /// chart, so renderers give no second table of them: each figure once.
    public var tabledBeside: Bool?

    public struct Row: Codable, Equatable, Sendable {
        public var label: String
        /// One per series, in percent to one decimal place; nil when not shown.
        public var values: [Decimal?]

        public init(label: String, values: [Decimal?]) {
            self.label = label
            self.values = values
        }
    }

    public init(caption: String, category: String, series: [String], rows: [Row], missingText: String = "not shown") {
        self.caption = caption
        self.category = category
        self.series = series
        self.rows = rows
        self.missingText = missingText
    }

    /// "12.3%", or `missingText`.
    public func valueText(_ value: Decimal?) -> String {
        value.map(PercentText.percent) ?? missingText
    }

    /// The value of `series` in `row`, nil when missing or when the row is short.
    public func value(_ row: Row, series index: Int) -> Decimal? {
        index < row.values.count ? row.values[index] : nil
    }

    /// "Bar chart comparing Workforce and Community, in per cent, by ethnic group:
    /// White British: Workforce 80.0%, Community 75.0%; Mixed: Workforce not shown, Community 2.1%."
    public var textAlternative: String {
        let names = series.count > 1 ? series.dropLast().joined(separator: ", ") + " and " + series.last! : series.first ?? ""
        let values = rows.map { row in
            row.label + ": " + series.indices.map { "\(series[$0]) \(valueText(value(row, series: $0)))" }.joined(separator: ", ")
        }.joined(separator: "; ")
        return "Bar chart comparing \(names), in per cent, by \(category)" + (values.isEmpty ? "." : ": \(values).")
    }

    /// `category` with a capital, for a column heading: "Ethnic group".
    public var categoryHeading: String { category.prefix(1).uppercased() + category.dropFirst() }

    /// The figures as a table: the category, then one column per series.
    public var dataTable: ReportTable {
        ReportTable(
            caption: "Figures for the chart: " + caption,
            header: [categoryHeading] + series,
            rows: rows.map { row in [row.label] + series.indices.map { valueText(value(row, series: $0)) } })
    }
}
