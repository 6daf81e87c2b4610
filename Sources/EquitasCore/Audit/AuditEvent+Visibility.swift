/// The history of changes keeps the team's working papers to the team as the records do:
/// a reader without `ChallengeVisibility.teamNotes` sees no change to a finding or a
/// recommendation (deleted ones included), and no value of a field that holds the team's
/// notes, conclusions or judgements. (Frozen copies of the challenge never enter the trail.)
extension AuditEvent {
    /// Records whose every change is the team's.
    public static let teamRecords: Set<String> = ["finding", "recommendation"]

    /// Fields of other records that are the team's.
    public static let teamFields: [String: Set<String>] = [
        "programme session": ["notes"],
        "challenge": [
            "conclusion", "award_level", "award_awarded", "award_expires",
            "second_framework_id", "second_framework_version", "second_level", "second_judgement",
        ],
        "challenge module": ["judgement", "conclusion"],
    ]

    /// Nil when nothing of the event is the reader's to see.
    public func visible(to visibility: ChallengeVisibility) -> AuditEvent? {
        guard !visibility.teamNotes else { return self }
        guard !Self.teamRecords.contains(record) else { return nil }
        guard let hidden = Self.teamFields[record] else { return self }
        var copy = self
        copy.changes = changes.filter { !hidden.contains($0.field) }
        return copy.changes.isEmpty && !changes.isEmpty ? nil : copy
    }
}
