import Foundation

/// Where "now" comes from. The application holds one, so a page that says "overdue" or
/// dates an issued draft reads the same clock that a test can pin to one instant.
public struct AppClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    /// The machine's clock.
    public static let system = AppClock { Date() }

    /// Always `instant`: for tests and snapshots.
    public static func fixed(_ instant: Date) -> AppClock {
        AppClock { instant }
    }

    /// Always noon, UK time, on `day`: far from midnight, so no zone shifts the date.
    public static func fixed(_ day: CalendarDate) -> AppClock {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CalendarDate.reportTimeZone
        let noon = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
        return .fixed(noon)
    }

    public var now: Date { read() }

    /// The day it is in the UK, where councils work.
    public var today: CalendarDate { CalendarDate(now) }
}
