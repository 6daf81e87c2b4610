import Foundation

extension EqualityObjective {
    /// The day by which the objective must be renewed: the council's own date if it set
    /// one, otherwise four years from adoption.
    public var renewalDue: CalendarDate { renewBy ?? adopted.adding(years: Self.renewalYears) }

    /// The years whose progress is due: each anniversary of adoption up to renewal.
    public var progressYears: [Int] {
        (1...Self.renewalYears).map { adopted.adding(years: $0) }.filter { $0 <= renewalDue }.map(\.year)
    }

    /// The anniversary of adoption in `year` (29 February falls to 28 February).
    public func progressDue(in year: Int) -> CalendarDate { adopted.adding(years: year - adopted.year) }

    /// The years some measure still lacks progress for.
    public var yearsAwaitingProgress: [Int] {
        progressYears.filter { year in measures.contains { measure in !measure.progress.contains { $0.year == year } } }
    }

    /// Renewal, and each year's progress still to record, as dates of the council's
    /// equality duty (`StatutoryDuties`, and so the calendar and the reminders).
    public var dutyDates: [(title: String, date: CalendarDate)] {
        yearsAwaitingProgress.map { ("Equality objective progress (\($0)): \(title)", progressDue(in: $0)) }
            + [("Equality objective renewal due: \(title)", renewalDue)]
    }
}
