import EquitasCore
@testable import EquitasRender
import Testing

@Suite("DOCX table columns are sized by their content")
struct DOCXTableWidthTests {
    static let byModule = ReportTable(
        caption: "Actions by module",
        header: ["Module", "Actions", "Complete", "Overdue"],
        rows: [
            ["Understanding and working with your communities", "3", "1", "2"],
            ["Leadership, partnership and organisational commitment", "5", "3", "1"],
        ])

    @Test("a column of names gets the room; columns of counts stay just wide enough for their heading")
    func namesWiderThanCounts() {
        let widths = WordTable.columnWidths(for: Self.byModule)
        #expect(widths.reduce(0, +) == WordPageLayout.textWidth)
        #expect(widths[0] > 2 * widths[1])
        // "Complete" in bold needs 8 characters of room plus the cell's margins.
        #expect(widths[2] >= 8 * WordTable.twipsPerBoldCharacter + WordTable.cellPadding)
    }

    @Test("when even the longest words do not fit, every column shrinks in proportion and the total still fits")
    func tooManyColumns() {
        let header = (0..<12).map { "Heading\(Character(UnicodeScalar(65 + $0)!))withlongword" }
        let table = ReportTable(caption: "", header: header, rows: [Array(repeating: "x", count: 12)])
        let widths = WordTable.columnWidths(for: table)
        #expect(widths.reduce(0, +) == WordPageLayout.textWidth)
        #expect(Set(widths.dropLast()).count == 1)
    }
}
