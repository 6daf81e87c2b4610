@testable import EquitasCore
import Foundation
import Testing

@Suite("iCalendar files (RFC 5545)")
struct ICalendarWriterTests {
    static let stamp = Date(timeIntervalSince1970: 1_796_500_000)

    /// Reads a calendar back as a careful subscriber would: CRLF only, no line over 75
    /// octets, unfolded, then each VEVENT's properties by name.
    static func parse(_ text: String) throws -> [[String: String]] {
        let data = Data(text.utf8)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends only")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        for line in physical { #expect(line.utf8.count <= 75, "\(line) is over 75 octets") }
        #expect(data.last == 0x0A)
        var logical: [String] = []
        for line in physical {
            if line.hasPrefix(" "), !logical.isEmpty { logical[logical.count - 1] += line.dropFirst() } else { logical.append(line) }
        }
        #expect(logical.first == "BEGIN:VCALENDAR" && logical.last == "END:VCALENDAR")
        #expect(logical.contains("VERSION:2.0") && logical.contains { $0.hasPrefix("PRODID:") })
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in logical {
            if line == "BEGIN:VEVENT" { current = [:]; continue }
            if line == "END:VEVENT" { events.append(try #require(current)); current = nil; continue }
            guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
            current?[String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        return events
    }

    static func unescape(_ value: String) -> String {
        var out = ""
        var escaped = false
        for character in value {
            if escaped {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    @Test("every event has a UID, a DTSTAMP and an all-day date; text comes back exactly after escaping and folding")
    func valid() throws {
        let summary = "Gender pay gap; publish, by law \\ regulation — Ünïcode " + String(repeating: "éè ", count: 40)
        let entries = [
            CalendarEntry(uid: "duty-1@equitas", date: CalendarDate("2026-03-30")!, summary: summary, detail: "Line one\nLine two, with; specials", category: "Statutory"),
            CalendarEntry(uid: "action-2@equitas", date: CalendarDate("2026-12-31")!, summary: "Action due", category: "Action"),
        ]
        let text = ICalendarWriter.write(entries, name: "Wyvern Vale District Council: equality duty calendar", stamp: Self.stamp)
        let events = try Self.parse(text)
        #expect(events.count == 2)
        #expect(events[0]["UID"] == "duty-1@equitas")
        #expect(events.allSatisfy { $0["DTSTAMP"].map { $0.count == 16 && $0.hasSuffix("Z") } == true })
        #expect(events[0]["DTSTART;VALUE=DATE"] == "20260330" && events[0]["DTEND;VALUE=DATE"] == "20260331")
        #expect(events[1]["DTEND;VALUE=DATE"] == "20270101", "the day after New Year's Eve")
        #expect(Self.unescape(try #require(events[0]["SUMMARY"])) == summary)
        #expect(Self.unescape(try #require(events[0]["DESCRIPTION"])) == "Line one\nLine two, with; specials")
        #expect(events[0]["SUMMARY"]?.contains("\\;") == true && events[0]["SUMMARY"]?.contains("\\,") == true)
    }

    @Test("folding never splits a character")
    func folding() {
        let line = "SUMMARY:" + String(repeating: "€", count: 60)
        let folded = ICalendarWriter.fold(line)
        for part in folded.components(separatedBy: "\r\n") {
            #expect(part.utf8.count <= 75)
            #expect(String(data: Data(part.utf8), encoding: .utf8) != nil)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test("a council's calendar: statutory dates and its unfinished actions, soonest first")
    func calendar() {
        let council = UUID()
        let plan = ActionPlanRecord(
            plan: Identified(id: UUID(), value: ActionPlan(organisationId: council, title: "Plan")),
            items: [PlanItemRecord(item: Identified(id: UUID(), value: PlanItem(number: 1, text: "One")), actions: [
                PlanActionRecord(action: Identified(id: UUID(), value: PlanAction(description: "Publish", timescale: .due(CalendarDate("2026-05-01")!))), updates: []),
                PlanActionRecord(action: Identified(id: UUID(), value: PlanAction(description: "Done already", timescale: .due(CalendarDate("2026-05-02")!), status: .complete)), updates: []),
            ])])
        let duties = StatutoryDuties.duties(organisationId: council, from: CalendarDate("2026-01-01")!, to: CalendarDate("2026-12-31")!)
        let entries = DutyCalendar.entries(organisationId: council, duties: duties, plans: [plan], from: CalendarDate("2026-01-01")!, to: CalendarDate("2026-12-31")!)
        #expect(entries.map(\.date.description) == ["2026-03-30", "2026-03-30", "2026-03-31", "2026-05-01"])
        #expect(entries.last?.summary == "Action due: Publish")
        #expect(Set(entries.map(\.uid)).count == entries.count, "UIDs are unique")
        #expect(DutyCalendar.text(entries).components(separatedBy: "\n").count == 4)
    }
}
