import Foundation

extension CalendarDate {
    /// Councils in the UK work on UK time: a draft issued at 00:30 on 1 April BST is
    /// dated 1 April, not 31 March.
    public static let reportTimeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!

    /// The day `date` falls on in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone = CalendarDate.reportTimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
