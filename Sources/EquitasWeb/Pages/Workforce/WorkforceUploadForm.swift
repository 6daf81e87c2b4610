import EquitasCore
import Foundation
import Vapor

/// The staff list upload: the file, the snapshot date, an optional mapping file, and
/// whether to replace a snapshot already at that date.
struct WorkforceUploadForm: Content {
    static let fileField = "file"
    static let dateField = "snapshot"
    static let mappingField = "mapping"
    static let replaceField = "replace"
    /// At most this many problems are listed; the rest are counted.
    static let listedProblems = 50

    var file: File?
    var mapping: File?
    var snapshot: String?
    var replace: String?

    static func node(organisationId: UUID, csrf: String?, date: String?, errors: FormErrors = FormErrors()) -> Node {
        .form(
            action: WorkforcePaths.upload(organisationId), method: .post,
            [Attribute("enctype", "multipart/form-data"), Attribute("novalidate", nil)],
            FormControls.csrf(csrf),
            FormControls.file(
                fileField, label: "Staff list (CSV or XLSX)",
                hint: "One row per employee: employee_id, sex, full_pay and hourly_pay (or the pay inputs), then any other columns.",
                error: errors[fileField],
                accept: ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"),
            FormControls.text(
                dateField, label: "Snapshot date", value: date, hint: "For the statutory pay gap, 31 March, such as 2026-03-31",
                error: errors[dateField], type: "date", width: "short"),
            FormControls.file(
                mappingField, label: "Column mapping (optional CSV)",
                hint: "Rows of “your column,Equitas column”, such as “Gender,sex”, when your headers differ.",
                error: errors[mappingField], accept: ".csv,text/csv"),
            FormControls.radios(
                replaceField, legend: "If there is already a snapshot at this date",
                options: [("no", "Keep it, and store nothing"), ("yes", "Replace it with this list")], selected: "no"),
            FormControls.submit("Upload the staff list"))
    }

    /// Every problem (up to `listedProblems`) in the summary, each naming its row and
    /// column; the number of the rest after them.
    static func errors(_ failures: [ValidationFailure]) -> FormErrors {
        let count = failures.count
        var errors = FormErrors(fileField, "The staff list has \(count) \(count == 1 ? "problem" : "problems"); nothing was stored")
        for failure in failures.prefix(listedProblems) {
            errors.add(fileField, FormErrors.sentence(failure.description))
        }
        if count > listedProblems {
            errors.add(fileField, "And \(count - listedProblems) more \(count - listedProblems == 1 ? "problem" : "problems") not listed here")
        }
        return errors
    }
}
