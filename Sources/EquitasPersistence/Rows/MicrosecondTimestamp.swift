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
        let numbers = value.split(whereSeparator: { "-T:.Z".contains($0) }).compactMap { Int($0) }
        guard numbers.count == 7, value.hasSuffix("Z") else { return nil }
        let components = DateComponents(
            year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4], second: numbers[5])
        guard let date = Self.calendar.date(from: components) else { return nil }
        return date.addingTimeInterval(Double(numbers[6]) / 1_000_000)
    }
}
