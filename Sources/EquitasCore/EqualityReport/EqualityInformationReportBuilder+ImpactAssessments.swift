import Foundation

extension EqualityInformationReportBuilder {
    static func impactAssessments(_ assessments: [ImpactAssessment], today: CalendarDate) -> ReportSection {
        guard !assessments.isEmpty else {
            return ReportSection(id: "impact-assessments", title: "Equality impact assessments", blocks: [
                .paragraph("No equality impact assessments are recorded in our register yet."),
            ])
        }
        let published = assessments.filter(\.published)
        var blocks: [ReportBlock] = [
            .paragraph("Before we decide on a change to a service, a policy or a budget, we assess how it may affect people with "
                + "each protected characteristic. Our register holds \(count(assessments.count, "assessment")), of which "
                + "\(published.count) \(published.count == 1 ? "is" : "are") published."),
            .table(ReportTable(
                caption: "Equality impact assessments by outcome", header: ["Outcome", "Assessments"],
                rows: ImpactOutcome.allCases.map { outcome in [outcome.label, String(assessments.filter { $0.outcome == outcome }.count)] }
                    + [["Not yet decided", String(assessments.filter { $0.outcome == nil }.count)]])),
        ]
        let overdue = assessments.filter { $0.isOverdueForReview(today: today) }.sorted { ($0.reviewDate!, $0.title) < ($1.reviewDate!, $1.title) }
        if overdue.isEmpty {
            blocks.append(.paragraph("None is past its review date."))
        } else {
            blocks.append(.paragraph("\(count(overdue.count, "assessment is", "assessments are")) past the date set for review:"))
            blocks.append(.bullets(overdue.map { ReportItem("\($0.title) (\($0.service)): review was due on \($0.reviewDate!.longForm)") }))
        }
        let sorted = published.sorted { ($0.decisionDate.map(\.dayNumber) ?? Int.max, $0.title) < ($1.decisionDate.map(\.dayNumber) ?? Int.max, $1.title) }
        let subsections = sorted.enumerated().map { index, assessment in publishedAssessment(assessment, index: index + 1) }
        if subsections.isEmpty { blocks.append(.paragraph("We have not yet published any of them.")) }
        return ReportSection(id: "impact-assessments", title: "Equality impact assessments", blocks: blocks, subsections: subsections)
    }

    static func publishedAssessment(_ assessment: ImpactAssessment, index: Int) -> ReportSection {
        var blocks: [ReportBlock] = [.paragraph("\(assessment.service): \(assessment.proposal)")]
        var decision: [String] = []
        if let maker = assessment.decisionMaker { decision.append("Decided by \(maker)") }
        if let date = assessment.decisionDate { decision.append((decision.isEmpty ? "Decision date " : "on ") + date.longForm) }
        let outcome = assessment.outcome.map { "Outcome: \($0.label)." } ?? "Not yet decided."
        blocks.append(.paragraph((decision.isEmpty ? "" : decision.joined(separator: " ") + ". ") + outcome))
        let negative = assessment.impacts.filter { $0.rating == .negative }
        if negative.isEmpty {
            blocks.append(.paragraph("No negative impact was found."))
        } else {
            blocks.append(.paragraph("Negative impacts found:"))
            blocks.append(.bullets(negative.map { ReportItem($0.label + ($0.evidence.map { ": \($0)" } ?? "")) }))
            blocks.append(.paragraph(assessment.mitigations.map { "What we will do about them: \($0)" } ?? "No mitigations are recorded."))
        }
        return ReportSection(id: "impact-assessment-\(index)", title: assessment.title, blocks: blocks)
    }
}
