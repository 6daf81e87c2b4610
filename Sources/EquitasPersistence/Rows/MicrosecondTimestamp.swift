import FluentKit
import Foundation

/// Timestamps as UTC ISO 8601 text with microseconds (`2024-03-12T09:30:00.123456Z`):
/// sortable as text on both databases, and fine enough that challenges created one
/// after another in a test or an import still list in the order they were made.
struct MicrosecondTimestamp: TimestampFormat {
    typealias Value = String

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    func serialize(_ date: Date) -> String? {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
        let (seconds, fraction) = micros.quotientAndRemainder(dividingBy: 1_000_000)
        let whole = fraction < 0 ? seconds - 1 : seconds
        let part = fraction < 0 ? fraction + 1_000_000 : fraction
        let c = Self.calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(whole)))
        guard let year = c.year, let month = c.month, let day = c.day, let hour = c.hour, let minute = c.minute, let second = c.second
        else {
            return nil
        }
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", year, month, day, hour, minute, second, Int(part))
    }

    func parse(_ value: String) -> Date? {
        // Every signed-in request parses two of these (the session's times), so the
        // layout this type writes is read digit by digit; anything else goes the
        // general way below, which is what decides.
        if let date = Self.parseWritten(value) { return date }
        let numbers = value.split(whereSeparator: { "-T:.Z".contains($0) }).compactMap { Int($0) }
        guard numbers.count == 7, value.hasSuffix("Z") else { return nil }
        let components = DateComponents(
            year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4], second: numbers[5])
        guard let date = Self.calendar.date(from: components) else { return nil }
        return date.addingTimeInterval(Double(numbers[6]) / 1_000_000)
    }

    /// `2024-03-12T09:30:00.123456Z` exactly, with a date and time that need no
    /// normalising (years 1600–9999); nil for anything else.
    static func parseWritten(_ value: String) -> Date? {
        var text = value
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 27, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
                bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
                bytes[26] == UInt8(ascii: "Z")
            else { return nil }
            func number(_ start: Int, _ count: Int) -> Int? {
                var result = 0
                for index in start..<(start + count) {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    result = result * 10 + digit
                }
                return result
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
                let minute = number(14, 2), let second = number(17, 2), let micros = number(20, 6),
                year >= 1600, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
            else { return nil }
            // Days since 1970-01-01 in the proleptic Gregorian calendar (the civil-days
            // formula: years counted from March, so February's length comes last).
            let y = month <= 2 ? year - 1 : year
            let era = y / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            let days = era * 146_097 + dayOfEra - 719_468
            let seconds = days * 86_400 + hour * 3600 + minute * 60 + second
            return Date(timeIntervalSince1970: Double(seconds)).addingTimeInterval(Double(micros) / 1_000_000)
        }
    }
}
