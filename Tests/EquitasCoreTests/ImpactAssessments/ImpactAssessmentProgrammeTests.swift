import EquitasCore
import Foundation
import Testing

@Suite("Impact assessments: status and programme")
struct ImpactAssessmentProgrammeTests {
    static let today = CalendarDate("2026-06-15")!

    static func item(_ n: Int, _ title: String, decision: String?, outcome: ImpactOutcome? = nil, review: String? = nil, published: Bool = false)
        -> Identified<ImpactAssessment>
    {
        Identified(
            id: UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!,
            value: ImpactAssessment(
                organisationId: UUID(), title: title, service: "Housing", proposal: "A change.", decisionDate: decision.flatMap(CalendarDate.init),
                outcome: outcome, reviewDate: review.flatMap(CalendarDate.init), published: published))
    }

    @Test("status: planned while the decision is to come, in progress once it has passed undecided, decided with an outcome")
    func status() {
        #expect(Self.item(1, "A", decision: "2026-06-16").value.status(today: Self.today) == .planned)
        #expect(Self.item(1, "A", decision: "2026-06-15").value.status(today: Self.today) == .inProgress)
        #expect(Self.item(1, "A", decision: nil).value.status(today: Self.today) == .inProgress)
        #expect(Self.item(1, "A", decision: "2027-01-01", outcome: .adjust).value.status(today: Self.today) == .decided)
        #expect(Self.item(1, "A", decision: nil, outcome: .stop).value.isDecided)
    }

    @Test("overdue for review only once the review date has passed")
    func overdue() {
        #expect(!Self.item(1, "A", decision: nil, review: "2026-06-15").value.isOverdueForReview(today: Self.today))
        #expect(Self.item(1, "A", decision: nil, review: "2026-06-14").value.isOverdueForReview(today: Self.today))
        #expect(!Self.item(1, "A", decision: nil).value.isOverdueForReview(today: Self.today))
    }

    @Test("the programme: decisions due soonest first, reviews longest overdue first, unpublished decisions, and the counts")
    func programme() throws {
        let register = [
            Self.item(1, "Later decision", decision: "2026-09-01"),
            Self.item(2, "Sooner decision", decision: "2026-07-01"),
            Self.item(3, "Slipped decision", decision: "2026-05-01"),
            Self.item(4, "Undated", decision: nil),
            Self.item(5, "Old review", decision: "2024-01-10", outcome: .noMajorChange, review: "2025-01-10", published: true),
            Self.item(6, "Recent review", decision: "2025-03-01", outcome: .adjust, review: "2026-06-01"),
            Self.item(7, "Fresh", decision: "2026-04-01", outcome: .continueWithJustification, review: "2027-04-01", published: true),
        ]
        let programme = ImpactAssessmentProgramme(register, asOf: Self.today)
        #expect(programme.planned.map(\.title) == ["Slipped decision", "Sooner decision", "Later decision"])
        #expect(programme.planned.map(\.days) == [-45, 16, 78])
        #expect(programme.overdueForReview.map(\.title) == ["Old review", "Recent review"])
        #expect(programme.overdueForReview.map(\.days) == [521, 14])
        #expect(programme.decidedUnpublished.map(\.title) == ["Recent review"])
        #expect(programme.counts == ImpactAssessmentProgramme.Counts(
            total: 7, planned: 2, inProgress: 2, decided: 3, published: 2, overdueForReview: 2, decidedUnpublished: 1))
        let json = String(decoding: try JSONCoding.encoder().encode(programme), as: UTF8.self)
        #expect(json.contains("\"overdue_for_review\""))
        #expect(json.contains("\"decided_unpublished\" : 1"))
    }
}
