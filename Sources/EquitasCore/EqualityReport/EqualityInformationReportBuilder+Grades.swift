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
            .paragraph("These tables show how many staff in each group work at each grade. Where a grade has fewer than ten "
                + "people in a group we do not publish the number, because it could point to particular colleagues; where "
                + "that one hidden number could be worked out from the grade's total, we hide the next smallest as well. "
                + "Each hidden number shows as \"\(hiddenText)\"."),
        ]
        let subsections = overview.grades.map { profile in
            ReportSection(id: anchor("grades", profile.characteristic), title: profile.label, blocks: [.table(gradeTable(profile, date: overview.snapshotDate))])
        }
        return ReportSection(id: "grades", title: "Our staff by grade", blocks: blocks, subsections: subsections)
    }

    static func gradeTable(_ profile: GradeProfile, date: CalendarDate) -> ReportTable {
        let cell = { (cell: GradeCell) in cell.count.map(String.init) ?? hiddenText }
        return ReportTable(
            caption: "\(profile.label) of our staff by grade on \(date.longForm)",
            header: ["Grade", "Staff"] + profile.groups + ["Did not tell us"],
            rows: profile.grades.map { row in [row.grade, String(row.headcount)] + row.cells.map(cell) + [cell(row.notDisclosed)] })
    }
}
