import EquitasCore
import Foundation

/// The upload of a changed spreadsheet. A file cannot travel from one page to the next
/// without scripts, so the person first asks what would change (nothing is saved),
/// reads the list, then uploads the same file again choosing to apply it.
enum PlanImportForm {
    static let fileField = "file"
    static let modeField = "mode"

    /// The choice that lets a sheet exported before the plan's latest changes replace
    /// them (ADR 0012); offered only once a check has shown where both changed.
    static let forceMode = "force"

    static func node(planId: UUID, csrf: String?, errors: FormErrors = FormErrors(), apply: Bool = false, offerForce: Bool = false) -> Node {
        var options = [("check", "Show what would change, saving nothing"), ("apply", "Apply the changes to the plan")]
        if offerForce {
            options.append((forceMode, "Apply the changes, letting the spreadsheet's replace the plan's newer ones where both changed"))
        }
        return .form(
            action: PlanPaths.importSheet(planId), method: .post, [Attribute("enctype", "multipart/form-data")],
            FormControls.csrf(csrf),
            FormControls.file(
                fileField, label: "Spreadsheet (XLSX or CSV)",
                hint: "Download the plan, change it, then upload it here. Rows match items by number and actions by their order.",
                error: errors[fileField],
                accept: ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"),
            FormControls.radios(
                modeField, legend: "What should happen",
                options: options.map { (value: $0.0, words: $0.1) },
                selected: apply ? "apply" : "check"),
            FormControls.submit("Upload the spreadsheet"))
    }
}
