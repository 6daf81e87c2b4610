import Foundation

/// What awaits a person on one challenge, by their part in it:
///
/// - a council officer: the self-assessment while it is being written, and a draft
///   issued for comment ("Draft 1 awaits your comments"); a councillor, the draft to read;
/// - a review manager (or an administrator): comments on drafts to resolve, and a
///   challenge to move on when its dates say it is time (the visit has begun or ended),
///   every comment is resolved (the final report can be issued), or the final report
///   waits to be published;
/// - a peer on the team: the programme's sessions of the day.
///
/// Every task points to a part of the challenge, and a task whose part the person may
/// not read is never listed: the dashboard cannot reveal what stays with the team.
public enum AwaitingTasks {
    public static func tasks(for actor: Actor, _ work: ChallengeWork, today: CalendarDate) -> [AwaitingTask] {
        let candidates: [AwaitingTask]
        switch actor.role {
        case .councilOfficer, .councillor:
            guard let council = actor.organisationId, work.facts.organisationIds.contains(council) else { return [] }
            candidates = councilTasks(actor.role, work)
        case .reviewManager, .administrator:
            candidates = managerTasks(work, today: today)
        case .peer:
            guard let person = actor.personId, work.facts.teamPersonIds.contains(person) else { return [] }
            candidates = peerTasks(work, today: today)
        case .public:
            return []
        }
        return candidates.filter { AccessPolicy.allows(actor, .read, .challenge(work.facts, part: $0.place.area)) }
    }

    static func councilTasks(_ role: Role, _ work: ChallengeWork) -> [AwaitingTask] {
        var tasks: [AwaitingTask] = []
        let id = work.id
        if work.challenge.status == .selfAssessment, role == .councilOfficer {
            tasks.append(AwaitingTask(challengeId: id, words: "Complete your self-assessment", place: .selfAssessment, state: .notStarted))
        }
        if work.challenge.status == .councilReview, let draft = work.currentDraft {
            if role == .councilOfficer {
                let made = draft.comments.total
                tasks.append(AwaitingTask(
                    challengeId: id, words: "Draft \(draft.number) awaits your comments", place: .draftReading,
                    state: made == 0 ? .notStarted : .inProgress("\(made) comment\(made == 1 ? "" : "s") made")))
            } else {
                tasks.append(AwaitingTask(challengeId: id, words: "Draft \(draft.number) to read", place: .draftReading, state: .notStarted))
            }
        }
        return tasks
    }

    static func managerTasks(_ work: ChallengeWork, today: CalendarDate) -> [AwaitingTask] {
        var tasks: [AwaitingTask] = []
        let id = work.id
        let open = work.unresolvedComments
        if open > 0 {
            tasks.append(AwaitingTask(
                challengeId: id, words: "Resolve \(open) comment\(open == 1 ? "" : "s") on the drafts", place: .comments,
                state: .due("\(open) open")))
        }
        if let move = nextMove(work, today: today) {
            tasks.append(AwaitingTask(challengeId: id, words: move.words, place: move.place, state: .due("Ready")))
        }
        return tasks
    }

    /// When the challenge's dates or its report say it is time for the next step.
    static func nextMove(_ work: ChallengeWork, today: CalendarDate) -> (words: String, place: AwaitingTask.Place)? {
        let challenge = work.challenge
        switch challenge.status {
        case .planning, .selfAssessment:
            guard challenge.kind == .peerChallenge, let start = challenge.start, start <= today else { return nil }
            return ("The visit began on \(start.longForm): move on to on site", .overview)
        case .onSite:
            guard let end = challenge.end, end < today else { return nil }
            return ("The visit ended on \(end.longForm): move on to drafting", .overview)
        case .drafting:
            return nil
        case .councilReview:
            guard let draft = work.currentDraft, work.unresolvedComments == 0 else { return nil }
            return ("Every comment on draft \(draft.number) is resolved: issue the final report", .report)
        case .final:
            return ("The final report is issued: publish it", .overview)
        case .published:
            return nil
        }
    }

    static func peerTasks(_ work: ChallengeWork, today: CalendarDate) -> [AwaitingTask] {
        // Sessions are held up to and during the visit; after it the programme is history.
        guard work.challenge.status <= .onSite else { return [] }
        return work.sessionsToday.filter { $0.start.date == today }.sorted { $0.start < $1.start }.map { session in
            AwaitingTask(
                challengeId: work.id, words: "\(clock(session.start)) to \(clock(session.end)): \(session.title)", place: .programme,
                state: .due("Today"))
        }
    }

    /// "09:30", as a programme prints a time.
    static func clock(_ time: LocalDateTime) -> String {
        String(format: "%02d:%02d", time.hour, time.minute)
    }
}
