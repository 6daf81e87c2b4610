import EquitasCore
import Foundation

/// "12 March 2025 at 14:03": the moment of a change in UK time, which is what the
/// people reading the trail keep their diaries in.
enum ChangeTime {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func words(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour, let minute = parts.minute,
            let calendarDate = CalendarDate(year: year, month: month, day: day)
        else { return "" }
        return calendarDate.longForm + " at " + String(format: "%02d:%02d", hour, minute)
    }
}
