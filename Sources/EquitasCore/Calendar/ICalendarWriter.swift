import Foundation

/// One all-day entry of a calendar.
public struct CalendarEntry: Equatable, Sendable {
    /// Stable across runs, so a subscriber updates an entry rather than adding another.
    public var uid: String
    public var date: CalendarDate
    public var summary: String
    public var detail: String?
    /// "Statutory", "Action", "Award", "Impact assessment", "Committee", "Objective"
    public var category: String

    public init(uid: String, date: CalendarDate, summary: String, detail: String? = nil, category: String) {
        self.uid = uid
        self.date = date
        self.summary = summary
        self.detail = detail
        self.category = category
    }
}

/// Writes an iCalendar file (RFC 5545) that Outlook, Google and phones subscribe to:
/// CRLF line ends, lines folded at 75 octets without splitting a character, text
/// escaped (backslash, semicolon, comma, line breaks), a UID and DTSTAMP on every event,
/// all-day events as DATE values.
public enum ICalendarWriter {
    public static func write(_ entries: [CalendarEntry], name: String, stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Equitas//Equality duty calendar//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(name),
        ]
        let dtstamp = timestamp(stamp)
        for entry in entries {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(entry.uid),
                "DTSTAMP:" + dtstamp,
                "DTSTART;VALUE=DATE:" + day(entry.date),
                "DTEND;VALUE=DATE:" + day(entry.date.adding(days: 1) ?? entry.date),
                "SUMMARY:" + escape(entry.summary),
            ]
            if let detail = entry.detail { lines.append("DESCRIPTION:" + escape(detail)) }
            lines += ["CATEGORIES:" + escape(entry.category), "TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT values (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            default:
                // Other control characters are not allowed in a value at all.
                if scalar.properties.generalCategory == .control, scalar != "\t" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// At most 75 octets per line; a continuation starts with one space (§3.1).
    static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    static func day(_ date: CalendarDate) -> String { String(format: "%04d%02d%02d", date.year, date.month, date.day) }

    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
