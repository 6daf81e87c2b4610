import Foundation

/// The programme view of a council's register on one day: the decisions coming up
/// (so assessments are done early enough to change them), the reviews that have
/// slipped, and the decisions not yet published. Worked out afresh from the register.
public struct ImpactAssessmentProgramme: Codable, Equatable, Sendable {
    public var asOf: CalendarDate
    /// Not decided and with a decision date, soonest first.
    public var planned: [Entry]
    /// Review date passed, longest overdue first.
    public var overdueForReview: [Entry]
    /// Decided but not published, by decision date.
    public var decidedUnpublished: [Entry]
    public var counts: Counts

    public struct Entry: Codable, Equatable, Sendable {
        public var id: UUID
        public var title: String
        public var service: String
        public var status: ImpactAssessmentStatus
        public var decisionDate: CalendarDate?
        public var reviewDate: CalendarDate?
        public var published: Bool
        /// Days since the review date, when overdue for review; days until the decision, when planned.
        public var days: Int?
    }

    public struct Counts: Codable, Equatable, Sendable {
        public var total: Int
        public var planned: Int
        public var inProgress: Int
        public var decided: Int
        public var published: Int
        public var overdueForReview: Int
        public var decidedUnpublished: Int

        public init(total: Int, planned: Int, inProgress: Int, decided: Int, published: Int, overdueForReview: Int, decidedUnpublished: Int) {
            self.total = total
            self.planned = planned
            self.inProgress = inProgress
            self.decided = decided
            self.published = published
            self.overdueForReview = overdueForReview
            self.decidedUnpublished = decidedUnpublished
        }
    }

    public init(_ register: [Identified<ImpactAssessment>], asOf today: CalendarDate) {
        func entry(_ item: Identified<ImpactAssessment>, days: Int?) -> Entry {
            let value = item.value
            return Entry(
                id: item.id, title: value.title, service: value.service, status: value.status(today: today),
                decisionDate: value.decisionDate, reviewDate: value.reviewDate, published: value.published, days: days)
        }
        let undated = CalendarDate(year: 9999, month: 12, day: 31)!
        asOf = today
        planned = register.filter { !$0.value.isDecided && $0.value.decisionDate != nil }
            .sorted { ($0.value.decisionDate!, $0.value.title) < ($1.value.decisionDate!, $1.value.title) }
            .map { entry($0, days: today.days(until: $0.value.decisionDate!)) }
        overdueForReview = register.filter { $0.value.isOverdueForReview(today: today) }
            .sorted { ($0.value.reviewDate!, $0.value.title) < ($1.value.reviewDate!, $1.value.title) }
            .map { entry($0, days: $0.value.reviewDate!.days(until: today)) }
        decidedUnpublished = register.filter { $0.value.isDecided && !$0.value.published }
            .sorted { ($0.value.decisionDate ?? undated, $0.value.title) < ($1.value.decisionDate ?? undated, $1.value.title) }
            .map { entry($0, days: nil) }
        let statuses = register.map { $0.value.status(today: today) }
        counts = Counts(
            total: register.count, planned: statuses.filter { $0 == .planned }.count,
            inProgress: statuses.filter { $0 == .inProgress }.count, decided: statuses.filter { $0 == .decided }.count,
            published: register.filter(\.value.published).count, overdueForReview: overdueForReview.count,
            decidedUnpublished: decidedUnpublished.count)
    }
}
