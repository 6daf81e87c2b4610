import ArgumentParser
import EquitasCore
import EquitasSheets
import Foundation

/// From the bytes of a staff list to what `equitas paygap` prints, with every problem
/// in the file named by its row and column.
enum PayGapOutput {
    static func render(staff data: Data, named name: String, mapping: Data?, snapshot: CalendarDate, format: String) throws -> String {
        let columns = try StaffFile.columns(mapping: mapping)
        let staff: [StaffRecord]
        do {
            staff = try StaffListReader.read(try StaffFile.table(data, name: "Staff"), columns: columns)
        } catch let errors as StaffListErrors {
            throw ValidationError("\(name): \(errors)")
        } catch let failure as ValidationFailure {
            throw ValidationError("\(name): \(failure)")
        }
        let report = GenderPayGap.report(staff, snapshot: snapshot)
        switch format {
        case "json":
            return String(decoding: try JSONCoding.encoder().encode(report), as: UTF8.self) + "\n"
        case "gpg-csv":
            return String(decoding: CSVWriter.write(PayGapPublishedColumns.table(report)), as: UTF8.self)
        default:
            return PayGapText.lines(report).joined(separator: "\n") + "\n"
        }
    }
}
