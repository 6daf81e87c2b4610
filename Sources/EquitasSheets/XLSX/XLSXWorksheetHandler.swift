import EquitasCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet part read back into a table. Cells are placed by their reference,
/// so a gap stays a gap ("column C" is still column C), and each row keeps its
/// spreadsheet number. A formula's cached result is read; the formula never is.
final class XLSXWorksheetHandler: XLSXPartHandler {
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private(set) var builder: SheetTableBuilder

    private var rowNumber = 0
    private var cells: [SheetCell] = []
    private var column = -1
    private var type: String?
    private var style = 0
    private var value: String?
    private var inline: String?
    private var inInlineString = false
    private var phoneticDepth = 0
    /// Which text is being collected: the `<v>` value or an inline string's `<t>` runs.
    private enum Capture { case value, inline }
    private var capturing: Capture?

    init(sheetName: String, sharedStrings: [String], dateStyles: [Bool]) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        builder = SheetTableBuilder(
            place: { "worksheet \"\(sheetName)\", row \($0)" },
            columnLabel: { "column \(CellReference.columnLetters($0))" })
    }

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        switch element {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = []
            column = -1
        case "c":
            column = attributes["r"].flatMap(CellReference.parse)?.column ?? column + 1
            type = attributes["t"]
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = nil
            inline = nil
        case "v":
            value = ""
            capturing = .value
        case "is":
            inInlineString = true
            inline = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where inInlineString && phoneticDepth == 0:
            capturing = .inline
        default:
            break
        }
    }

    override func end(_ element: String, _ parser: XMLParser) {
        switch element {
        case "v", "t": capturing = nil
        case "is": inInlineString = false
        case "rPh": phoneticDepth -= 1
        case "c": finishCell(parser)
        case "row":
            do { try builder.add(cells, at: rowNumber) } catch { fail(error, parser) }
        default: break
        }
    }

    override func text(_ string: String, _ parser: XMLParser) {
        // Checked as the text arrives, so a part of one enormous cell is never held whole.
        let length: Int
        switch capturing {
        case .value?: value? += string; length = value?.count ?? 0
        case .inline?: inline? += string; length = inline?.count ?? 0
        case nil: return
        }
        if length > SheetLimits.maxCellCharacters { fail(tooLong(), parser) }
    }

    private func finishCell(_ parser: XMLParser) {
        let cell: SheetCell
        do { cell = try currentCell() } catch { return fail(error, parser) }
        guard column < SheetLimits.maxColumns else {
            if !cell.isBlank {
                fail(ValidationFailure(path: cellPath, message: "more than \(SheetLimits.maxColumns) columns"), parser)
            }
            return
        }
        if cells.count <= column { cells += Array(repeating: .empty, count: column + 1 - cells.count) }
        cells[column] = cell
    }

    private func currentCell() throws(ValidationFailure) -> SheetCell {
        switch type {
        case "s":
            guard let index = value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                  sharedStrings.indices.contains(index) else {
                throw ValidationFailure(path: cellPath, message: "the cell points at a shared string the workbook does not have")
            }
            return try text(sharedStrings[index])
        case "inlineStr":
            return try text(XLSXText.decode(inline ?? ""))
        case "str", "e":
            return try text(XLSXText.decode(value ?? ""))
        case "b":
            guard let value else { return .empty }
            return .text(value.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE")
        case "d":
            guard let value, !value.isEmpty else { return .empty }
            return CalendarDate(String(value.prefix(10))).map(SheetCell.date) ?? .text(value)
        default:
            guard let number = value?.trimmingCharacters(in: .whitespacesAndNewlines), !number.isEmpty else { return .empty }
            guard let parsed = Double(number) else { return .text(number) }
            let isDate = dateStyles.indices.contains(style) && dateStyles[style]
            return isDate ? ExcelDateSerial.date(fromSerial: parsed).map(SheetCell.date) ?? .number(parsed) : .number(parsed)
        }
    }

    /// Text is kept as written, spaces and all; only "" counts as empty.
    private func text(_ string: String) throws(ValidationFailure) -> SheetCell {
        guard string.count <= SheetLimits.maxCellCharacters else { throw tooLong() }
        return string.isEmpty ? .empty : .text(string)
    }

    private var cellPath: String {
        "\(builder.place(rowNumber)), \(builder.columnLabel(max(column, 0)))"
    }

    private func tooLong() -> ValidationFailure {
        ValidationFailure(path: cellPath, message: "the cell is longer than \(SheetLimits.maxCellCharacters) characters")
    }
}
