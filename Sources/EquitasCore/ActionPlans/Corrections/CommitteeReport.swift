import Foundation

/// "The progress report was presented to the Audit and Standards Committee on 12 May
/// 2026": the record that a committee has seen the plan as it stood that day. The
/// progress report itself is made on request and not kept, so this is what tells
/// Equitas that the updates it showed are now on the committee's record and may no
/// longer be corrected or removed (`ProgressUpdateCorrection`).
public struct CommitteeReport: Codable, Hashable, Sendable {
    /// The day of the meeting. Every update dated on or before it was in a report made
    /// that day (`--as-of` includes the day itself), so every such update is frozen.
    public var date: CalendarDate
    /// The committee, in the council's own words.
    public var committee: String
    /// The person who recorded it.
    public var recordedBy: String

    public init(date: CalendarDate, committee: String, recordedBy: String) {
        self.date = date
        self.committee = committee
        self.recordedBy = recordedBy
    }

    /// Named and not dated ahead: a report is recorded once it has been presented.
    public func validated(today: CalendarDate) throws(ValidationFailure) -> CommitteeReport {
        var copy = self
        copy.committee = try Text.required(committee, path: "committee", maximum: 200)
        copy.recordedBy = try Text.required(recordedBy, path: "recorded_by", maximum: 200)
        guard date <= today else {
            throw ValidationFailure(
                path: "date",
                message: "the report to the committee, dated \(date.longForm), has not been presented yet: record it on the day or after (today is \(today.longForm))")
        }
        return copy
    }

    /// "the Audit Committee on 12 May 2026", for sentences.
    public var words: String { "\(committee) on \(date.longForm)" }

    /// The latest of a plan's reports: the one that freezes most.
    public static func latest(_ reports: [CommitteeReport]) -> CommitteeReport? {
        reports.max { $0.date < $1.date }
    }

    /// Only the plan's latest report may be taken back (one recorded by mistake, or with
    /// the wrong day): an earlier one has a later report standing on it, and taking it
    /// out would rewrite what was recorded of the committees since. `reports` are in the
    /// order the plan keeps them, oldest first.
    public static func checkRemovable(_ id: UUID, among reports: [Identified<CommitteeReport>]) throws(ValidationFailure) {
        guard let latest = reports.last, latest.id != id else { return }
        guard let report = reports.first(where: { $0.id == id }) else { return }
        throw ValidationFailure(
            path: "",
            message: "only the latest committee report (\(latest.value.words)) can be removed, not the one to \(report.value.words)")
    }
}
