/// The last day's feedback to the council: when it was given, who recorded it, and the
/// challenge as it stood then. From this moment the council may have the deck as it was
/// presented; the team's work goes on, but that record does not change.
public struct FeedbackPresentation: Codable, Equatable, Sendable {
    public var givenOn: CalendarDate
    /// "Priya Hollingsworth, review manager".
    public var recordedBy: String
    public var snapshot: ChallengeRecord

    public init(givenOn: CalendarDate, recordedBy: String, snapshot: ChallengeRecord) {
        self.givenOn = givenOn
        self.recordedBy = recordedBy
        self.snapshot = snapshot
    }

    public var edition: ReportEdition { .feedback(given: givenOn) }

    /// Feedback is given on site, at the end of the visit; it may be recorded afterwards,
    /// while the team drafts, but not before the visit, in the future, or twice.
    public static func check(status: ChallengeStatus, givenOn: CalendarDate, challengeStart: CalendarDate?, today: CalendarDate, alreadyGiven: Bool)
        throws(RuleViolation)
    {
        guard !alreadyGiven else { throw RuleViolation("the feedback has already been recorded for this challenge") }
        guard status == .onSite || status == .drafting else {
            throw RuleViolation("feedback is recorded while the team is on site or drafting; this challenge is \(status.label)")
        }
        guard givenOn <= today else { throw RuleViolation("the feedback date, \(givenOn.longForm), is in the future") }
        if let challengeStart, givenOn < challengeStart {
            throw RuleViolation("the feedback date, \(givenOn.longForm), is before the challenge began on \(challengeStart.longForm)")
        }
    }
}

/// What the council and the API are told of the feedback, without the snapshot.
public struct FeedbackSummary: Codable, Equatable, Sendable {
    public var givenOn: CalendarDate
    public var recordedBy: String

    public init(givenOn: CalendarDate, recordedBy: String) {
        self.givenOn = givenOn
        self.recordedBy = recordedBy
    }
}
