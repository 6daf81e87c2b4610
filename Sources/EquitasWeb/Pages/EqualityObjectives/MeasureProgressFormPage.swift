import EquitasCore
import Foundation

/// Recording one measure's progress for a year: the measure, the year (one still
/// without progress), the day it is recorded, how it stands and what it showed.
enum MeasureProgressFormPage {
    static func layout(
        council: Identified<Organisation>, _ item: Identified<EqualityObjective>, fields: [String: String], errors: FormErrors, csrf: String?
    ) -> PageLayout {
        let heading = "Record a year’s progress"
        let measures = item.value.measures.enumerated().map { (String($0.offset + 1), "Measure \($0.offset + 1): \($0.element.name)") }
        let years = item.value.progressYears.map { (String($0), "\($0) (due \(item.value.progressDue(in: $0).longForm))") }
        let statuses = ObjectiveProgressStatus.allCases.map { ($0.rawValue, $0.label) }
        let back = EqualityObjectivePaths.objective(council.id, item.id)
        return PageLayout(
            title: errors.titlePrefix + heading,
            content: [
                errors.summary,
                EqualityObjectiveParts.crumbs(council, current: heading),
                .h1([], .text(heading)),
                .p([.class("lead")], .text(item.value.title)),
                .form(
                    action: EqualityObjectivePaths.progress(council.id, item.id), method: .post, [Attribute("novalidate", nil)],
                    FormControls.csrf(csrf),
                    FormControls.select("measure", label: "Measure", options: measures, selected: fields["measure"], error: errors["measure"]),
                    FormControls.select(
                        "year", label: "Year", options: years, selected: fields["year"], hint: "Each measure has one entry a year, on the anniversary of adoption.",
                        error: errors["year"]),
                    FormControls.text("recorded", label: "Date recorded", value: fields["recorded"], error: errors["recorded"], type: "date"),
                    FormControls.radios("status", legend: "How it stands", options: statuses, selected: fields["status"], error: errors["status"]),
                    FormControls.textArea("note", label: "What it showed", value: fields["note"], error: errors["note"], rows: 4),
                    FormControls.submit("Record the progress")),
                .p([], .a(href: back, "Cancel")),
            ],
            currentPath: EqualityObjectivePaths.register(council.id))
    }
}
