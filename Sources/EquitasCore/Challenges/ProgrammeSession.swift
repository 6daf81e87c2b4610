import Foundation

/// One slot of the on-site programme. Who was met is recorded as groups
/// ("Staff equality network"), never as named residents.
public struct ProgrammeSession: ChallengePart, Hashable {
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var kind: SessionKind
    public var title: String
    public var met: [String]
    /// People on the team who attended.
    public var peerIds: [UUID]
    public var notes: String?
    /// Sent with a session dated outside the challenge's dates to say the date is meant
    /// (a follow-up interview a week later). Not stored: it answers the check of one write.
    public var outsideDatesConfirmed: Bool = false

    public init(start: LocalDateTime, end: LocalDateTime, kind: SessionKind, title: String, met: [String] = [], peerIds: [UUID] = [], notes: String? = nil) {
        self.start = start
        self.end = end
        self.kind = kind
        self.title = title
        self.met = met
        self.peerIds = peerIds
        self.notes = notes
    }

    private enum CodingKeys: String, CodingKey { case start, end, kind, title, met, peerIds, notes, outsideDatesConfirmed }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            start: try c.decode(LocalDateTime.self, forKey: .start),
            end: try c.decode(LocalDateTime.self, forKey: .end),
            kind: try c.decode(SessionKind.self, forKey: .kind),
            title: try c.decode(String.self, forKey: .title),
            met: try c.decodeIfPresent([String].self, forKey: .met) ?? [],
            peerIds: try c.decodeIfPresent([UUID].self, forKey: .peerIds) ?? [],
            notes: try c.decodeIfPresent(String.self, forKey: .notes))
        outsideDatesConfirmed = try c.decodeIfPresent(Bool.self, forKey: .outsideDatesConfirmed) ?? false
    }

    /// The confirmation is an answer, not part of the session: only a request carries it.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(met, forKey: .met)
        try c.encode(peerIds, forKey: .peerIds)
        try c.encodeIfPresent(notes, forKey: .notes)
        if outsideDatesConfirmed { try c.encode(true, forKey: .outsideDatesConfirmed) }
    }

    public func validated(in context: ChallengeContext) throws(ValidationFailure) -> ProgrammeSession {
        var copy = self
        guard start < end else {
            throw ValidationFailure(path: "end", message: "the end time (\(end.words)) must be after the start time (\(start.words))")
        }
        if context.isEntry, !outsideDatesConfirmed, let problem = ChallengeRules.outsideDates(self, of: context.challenge) {
            throw ValidationFailure(path: "start", message: problem)
        }
        copy.title = try Text.required(title, path: "title", maximum: 300)
        copy.met = try met.enumerated().map { (i, group) throws(ValidationFailure) in
            try Text.required(group, path: "met[\(i)]", maximum: 300)
        }
        for (index, id) in peerIds.enumerated() where !context.teamPersonIds.contains(id) {
            throw ValidationFailure(path: "peer_ids[\(index)]", message: "\(id) is not on this challenge's team")
        }
        copy.notes = try Text.optional(notes, path: "notes")
        copy.outsideDatesConfirmed = false
        return copy
    }
}

public enum SessionKind: String, DomainEnum {
    case interview
    case focusGroup = "focus-group"
    case documentReview = "document-review"
    case siteVisit = "site-visit"
    case feedback
}
