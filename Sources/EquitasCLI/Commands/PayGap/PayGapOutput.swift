import ArgumentParser
import EquitasCore
import EquitasSheets
import Foundation

/// From the bytes of a staff list to what `equitas paygap` prints, with every problem
/// in the file named by its row and column.
enum PayGapOutput {
    static func render(
        staff data: Data, named name: String, mapping: Data?, snapshot: CalendarDate, format: String, by: String = "sex",
        reference: String? = nil, control: DisclosureControl = .standard
    ) throws -> String {
        let columns = try StaffFile.columns(mapping: mapping)
        if by != "sex" {
            let staff = try reading(name) { try StaffListFile.records(data, columns: columns, limits: .localFile) }
            return try renderGroups(staff, snapshot: snapshot, format: format, by: by, reference: reference, control: control)
        }
        // The same call the pay gap benchmark times (bench/PayGapBenchmark): the figures
        // alone, read from only the columns they need. A file on the person's own disk
        // may be a whole large council's list.
        var report = try reading(name) { try StaffListFile.genderPayGap(data, columns: columns, limits: .localFile, snapshot: snapshot) }
        report.disclosureControl = control
        switch format {
        case "json":
            return String(decoding: try JSONCoding.encoder().encode(report), as: UTF8.self) + "\n"
        case "gpg-csv":
            return String(decoding: CSVWriter.write(PayGapPublishedColumns.table(report)), as: UTF8.self)
        default:
            return PayGapText.lines(report).joined(separator: "\n") + "\n"
        }
    }

    /// The file's problems as the command line prints them, each named by row and column.
    private static func reading<Result>(_ name: String, _ read: () throws -> Result) throws -> Result {
        do {
            return try read()
        } catch let errors as StaffListErrors {
            throw ValidationError("\(name): \(errors)")
        } catch let failure as ValidationFailure {
            throw ValidationError("\(name): \(failure)")
        }
    }

    /// Ethnicity or disability: json or text only, since the government's data set has
    /// columns for men and women alone.
    private static func renderGroups(
        _ staff: [StaffRecord], snapshot: CalendarDate, format: String, by: String, reference: String?, control: DisclosureControl
    ) throws -> String {
        let report: GroupPayGapReport
        switch by {
        // The same default reference as the API, the pages and the report, so they agree.
        case "ethnicity":
            report = GroupPayGap.ethnicity(staff, snapshot: snapshot, reference: reference ?? GroupPayGap.defaultEthnicityReference(staff), control: control)
        case "disability": report = GroupPayGap.disability(staff, snapshot: snapshot, control: control)
        default: throw ValidationError("--by: \"\(by)\" is not a comparison; use sex, ethnicity or disability")
        }
        switch format {
        case "json":
            return String(decoding: try JSONCoding.encoder().encode(report), as: UTF8.self) + "\n"
        case "text":
            return GroupPayGapText.lines(report).joined(separator: "\n") + "\n"
        default:
            throw ValidationError("--format \(format) is only for --by sex (the government's data set compares men and women); use json or text")
        }
    }
}
