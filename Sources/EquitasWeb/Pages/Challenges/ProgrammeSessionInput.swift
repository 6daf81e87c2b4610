import EquitasCore
import Foundation
import Vapor

/// What the programme form sent, kept as typed for showing again. The day and the two
/// times are separate fields (a date input and two time inputs), joined here into the
/// session's start and end; the groups met are one per line.
struct ProgrammeSessionInput: Sendable {
    var date: String = ""
    var startTime: String = ""
    var endTime: String = ""
    var kind: String = ""
    var title: String = ""
    var met: String = ""
    var peerIds: [String] = []
    var notes: String = ""
    /// Ticked to say a date outside the challenge's dates is meant.
    var outsideDatesConfirmed = false
    /// Whether the form asks for that confirmation: once the date has been found outside.
    var asksAboutDates = false

    static let confirmField = "outside_dates_confirmed"

    private struct Fields: Content {
        var date: String?
        var start_time: String?
        var end_time: String?
        var kind: String?
        var title: String?
        var met: String?
        var peer_ids: [String]?
        var notes: String?
        var outside_dates_confirmed: String?
    }

    init() {}

    static func read(_ req: Request) -> ProgrammeSessionInput {
        let fields = (try? req.content.decode(Fields.self)) ?? Fields()
        var input = ProgrammeSessionInput()
        input.date = fields.date ?? ""
        input.startTime = fields.start_time ?? ""
        input.endTime = fields.end_time ?? ""
        input.kind = fields.kind ?? ""
        input.title = fields.title ?? ""
        input.met = fields.met ?? ""
        input.peerIds = fields.peer_ids ?? []
        input.notes = fields.notes ?? ""
        input.outsideDatesConfirmed = fields.outside_dates_confirmed == "yes"
        return input
    }

    init(_ session: ProgrammeSession) {
        date = session.start.date.description
        startTime = Self.clock(session.start)
        endTime = Self.clock(session.end)
        kind = session.kind.rawValue
        title = session.title
        met = session.met.joined(separator: "\n")
        peerIds = session.peerIds.map { $0.uuidString.lowercased() }
        notes = session.notes ?? ""
    }

    static func clock(_ time: LocalDateTime) -> String { String(format: "%02d:%02d", time.hour, time.minute) }

    /// "10 March 2026, 10:00 to 11:00".
    static func when(_ session: ProgrammeSession) -> String {
        let end = session.end.date == session.start.date ? clock(session.end) : session.end.words
        return "\(session.start.words) to \(end)"
    }

    /// The session, or everything that is wrong with the form at once. A session ends on
    /// the day it starts, and falls within the challenge's dates unless confirmed.
    mutating func session(within challenge: Challenge) -> Result<ProgrammeSession, FormErrorList> {
        var errors = FormErrors()
        let day = CalendarDate(date.trimmingCharacters(in: .whitespaces))
        if day == nil { errors.add("date", date.isEmpty ? "Enter the day of the session" : "Enter the day as a real date, such as 2025-03-12") }
        let start = day.flatMap { Self.time(startTime, on: $0) }
        if day != nil, start == nil { errors.add("start_time", "Enter the start time, such as 09:30") }
        let end = day.flatMap { Self.time(endTime, on: $0) }
        if day != nil, end == nil { errors.add("end_time", "Enter the end time, such as 10:30") }
        if let start, let end, end <= start { errors.add("end_time", "The end time must be after the start time") }
        let chosenKind = SessionKind(rawValue: kind)
        if chosenKind == nil { errors.add("kind", "Choose what kind of session this is") }
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { errors.add("title", "Enter a title for the session") }
        var peers: [UUID] = []
        for text in peerIds {
            if let id = UUID(uuidString: text) { peers.append(id) } else { errors.add("peer_ids", "Choose peers from the team") }
        }
        if let start, let end, let problem = ChallengeRules.outsideDates(ProgrammeSession(start: start, end: end, kind: .interview, title: ""), of: challenge) {
            asksAboutDates = true
            if !outsideDatesConfirmed { errors.add("date", FormErrors.sentence(problem)) }
        }
        guard errors.isEmpty, let start, let end, let chosenKind else { return .failure(FormErrorList(errors)) }
        let groups = met.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let trimmedNotes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        var session = ProgrammeSession(
            start: start, end: end, kind: chosenKind, title: title, met: groups, peerIds: peers, notes: trimmedNotes.isEmpty ? nil : notes)
        session.outsideDatesConfirmed = outsideDatesConfirmed
        return .success(session)
    }

    /// "09:30", or "09:30:00" from a browser that sends seconds.
    private static func time(_ text: String, on day: CalendarDate) -> LocalDateTime? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let clock = trimmed.count == 8 && trimmed.hasSuffix(":00") ? String(trimmed.prefix(5)) : trimmed
        return LocalDateTime("\(day)T\(clock)")
    }

    /// Core paths name the session's fields; the form splits some of them.
    static func field(for path: String) -> String {
        let base = path.split(separator: "[").first.map(String.init) ?? ""
        switch base {
        case "end": return "end_time"
        case "start": return "date"
        case "": return "title"
        default: return base
        }
    }
}
