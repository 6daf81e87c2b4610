import Foundation

/// The dates of a council's equality duty (England, the Equality Act 2010 (Specific
/// Duties and Public Authorities) Regulations 2017, and the gender pay gap regulations
/// for the public sector) between two days, with the council's own: when its award ends,
/// when its impact assessments are to be reviewed, when its equality objectives' yearly
/// progress and renewal fall due, and when its committees meet on the plan.
public enum StatutoryDuties {
    public static func duties(
        organisationId: UUID, from: CalendarDate, to: CalendarDate, awards: [(level: String, expires: CalendarDate)] = [],
        impactReviews: [(title: String, date: CalendarDate)] = [], objectives: [EqualityObjective] = [],
        committees: [CommitteeMeeting] = []
    ) -> [ReminderInput.Duty] {
        var duties: [ReminderInput.Duty] = []
        for year in from.year...max(from.year, to.year) {
            if let snapshot = CalendarDate(year: year, month: 3, day: 31) {
                duties.append(.init(organisationId: organisationId, date: snapshot, title: "Gender pay gap snapshot date (31 March \(year)): the figures are taken from pay on this day"))
            }
            if let due = CalendarDate(year: year, month: 3, day: 30) {
                duties.append(.init(organisationId: organisationId, date: due, title: "Gender pay gap: publish the figures for the snapshot of 31 March \(year - 1) (within a year of it)"))
                duties.append(.init(organisationId: organisationId, date: due, title: "Equality information: publish this year's (at least once a year)"))
            }
        }
        for award in awards {
            duties.append(.init(organisationId: organisationId, date: award.expires, title: "Equality framework award (\(award.level)) ends: reassessment due"))
        }
        for review in impactReviews {
            duties.append(.init(organisationId: organisationId, date: review.date, title: "Impact assessment review: \(review.title)"))
        }
        for (title, date) in objectives.flatMap(\.dutyDates) + committees.map(\.dutyDate) {
            duties.append(.init(organisationId: organisationId, date: date, title: title))
        }
        return duties.filter { from <= $0.date && $0.date <= to }.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
    }
}
