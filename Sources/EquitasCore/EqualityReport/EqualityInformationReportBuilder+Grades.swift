import Foundation

extension EqualityInformationReportBuilder {
    static func grades(_ overview: WorkforceOverview) -> ReportSection {
        let graded = overview.grades.first?.grades.contains { $0.grade != GradeProfile.noGradeLabel } ?? false
        guard graded else {
            return ReportSection(id: "grades", title: "Our staff by grade", blocks: [
                .paragraph("Our staff list records no grades, so we cannot show where each group sits in the organisation."),
            ])
        }
        let blocks: [ReportBlock] = [
            .paragraph("These tables show how many staff in each group work at each grade. Where a grade has "
                + "\(overview.disclosureControl.fewerThan) people in a group we do not publish the number, because it could point to "
                + "particular colleagues; where it could be worked out from the grade's total, the group's total or another table, "
                + "we hide more numbers as well. Grades where \(overview.disclosureControl.fewerThan) people told us are shown together. "
                + "Each hidden number shows as \"\(overview.disclosureControl.withheldText)\"."),
        ]
        let subsections = overview.grades.map { profile in
            ReportSection(id: anchor("grades", profile.characteristic), title: profile.label, blocks: [
                .table(gradeTable(profile, date: overview.snapshotDate, control: overview.disclosureControl)),
            ])
        }
        return ReportSection(id: "grades", title: "Our staff by grade", blocks: blocks, subsections: subsections)
    }

    static func gradeTable(_ profile: GradeProfile, date: CalendarDate, control: DisclosureControl) -> ReportTable {
        let cell = { (cell: GradeCell) in cell.count.map(String.init) ?? control.withheldText }
        return ReportTable(
            caption: "\(profile.label) of our staff by grade on \(date.longForm)",
            header: ["Grade", "Staff"] + profile.groups + ["Did not tell us"],
            rows: profile.grades.map { row in [row.grade, String(row.headcount)] + row.cells.map(cell) + [cell(row.notDisclosed)] })
    }
}
