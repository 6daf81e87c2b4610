extension CalendarDate {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// "17 March 2009", as British reports write dates.
    public var longForm: String { "\(day) \(CalendarDate.monthNames[month - 1]) \(year)" }

    /// "17 to 18 March 2009", "30 March to 1 April 2009", "17 March 2009" for one day.
    public static func range(_ start: CalendarDate, _ end: CalendarDate?) -> String {
        guard let end, end != start else { return start.longForm }
        if start.year == end.year, start.month == end.month { return "\(start.day) to \(end.longForm)" }
        if start.year == end.year { return "\(start.day) \(monthNames[start.month - 1]) to \(end.longForm)" }
        return "\(start.longForm) to \(end.longForm)"
    }
}
