import EquitasCore
import EquitasSheets
import Foundation

/// A chart as Word draws its own: a DrawingML chart part (horizontal bars, one series
/// or several side by side) holding its figures, with the same figures in an embedded
/// workbook so that Word's Edit Data opens them. Its caption and text alternative are
/// the drawing's title and description (Alt Text), which LibreOffice carries into a
/// tagged PDF. A bar chart and a comparison chart both become one of these.
struct WordChart: Equatable {
    struct Series: Equatable {
        var name: String
        var values: [Double?]
        /// RGB hex, no `#`.
        var colour: String
        /// Per-point colours, where each bar has its own meaning (status by tone).
        var pointColours: [String]?
    }

    var caption: String
    var description: String
    var categoryHeading: String
    var categories: [String]
    var series: [Series]
    /// "0.0" for percentages, "0" for counts: how the data labels print.
    var numberFormat: String

    init(_ chart: BarChart) {
        caption = chart.caption
        description = chart.textAlternative
        categoryHeading = chart.categoryHeading
        categories = chart.bars.map(\.label)
        series = [Series(name: chart.unitHeading, values: chart.bars.map { Double($0.value) }, colour: Self.fill(nil),
                         pointColours: chart.bars.map { Self.fill($0.tone) })]
        numberFormat = "0"
    }

    init(_ chart: ComparisonChart) {
        caption = chart.caption
        description = chart.textAlternative
        categoryHeading = chart.categoryHeading
        categories = chart.rows.map(\.label)
        series = chart.series.enumerated().map { index, name in
            Series(name: name, values: chart.rows.map { row in chart.value(row, series: index).map { NSDecimalNumber(decimal: $0).doubleValue } },
                   colour: Self.seriesFills[index % Self.seriesFills.count], pointColours: nil)
        }
        numberFormat = "0.0"
    }

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

    /// One per series in turn, each at least 3:1 against white.
    static let seriesFills = ["1D70B8", "505A5F", "00703C", "B35900", "4C2C92", "D4351C"]

    static let contentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    static let relationshipType = OOXMLRelationships.officeDocumentType("chart")
    static let workbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let packageRelationshipType = OOXMLRelationships.officeDocumentType("package")
    static let chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let wordDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"

    static func path(_ number: Int) -> String { "word/charts/chart\(number).xml" }
    static func relationshipsPath(_ number: Int) -> String { "word/charts/_rels/chart\(number).xml.rels" }
    static func workbookPath(_ number: Int) -> String { "word/embeddings/Microsoft_Excel_Worksheet\(number).xlsx" }

    /// EMU: 635 to the twip, 914,400 to the inch.
    var width: Int { WordPageLayout.textWidth * 635 }
    /// A sixth of an inch a bar, at least 0.3 inch a category (two lines of its label
    /// at 10 pt, so none is skipped), and room for the axis and legend.
    var height: Int { max(1_188_720, categories.count * max(series.count * 155_448, 274_320) + 640_080) }

    /// The paragraph holding the chart, inline, as wide as the text.
    func paragraph(relationshipId: String, drawingId: Int) -> String {
        let title = XMLText.escapeAttribute(caption)
        let alt = XMLText.escapeAttribute(description)
        return WordText.paragraph(properties: "<w:keepNext/>", "<w:r><w:drawing>"
            + #"<wp:inline xmlns:wp="\#(Self.wordDrawingNamespace)" distT="0" distB="0" distL="0" distR="0">"#
            + #"<wp:extent cx="\#(width)" cy="\#(height)"/><wp:effectExtent l="0" t="0" r="0" b="0"/>"#
            + #"<wp:docPr id="\#(drawingId)" name="Chart \#(drawingId)" title="\#(title)" descr="\#(alt)"/><wp:cNvGraphicFramePr/>"#
            + #"<a:graphic xmlns:a="\#(Self.drawingNamespace)"><a:graphicData uri="\#(Self.chartNamespace)">"#
            + #"<c:chart xmlns:c="\#(Self.chartNamespace)" r:id="\#(relationshipId)"/></a:graphicData></a:graphic>"#
            + "</wp:inline></w:drawing></w:r>")
    }

    /// The figures as the embedded workbook's only sheet, "Sheet1", which the chart's
    /// formulas point at.
    func workbook() throws -> Data {
        let rows = categories.indices.map { index in
            [SheetCell.text(categories[index])] + series.map { $0.values[index].map(SheetCell.number) ?? .empty }
        }
        return try XLSXWriter.write([SheetTable(name: "Sheet1", header: [categoryHeading] + series.map(\.name), rows: rows)])
    }
}
