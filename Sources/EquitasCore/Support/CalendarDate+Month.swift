extension CalendarDate {
    /// The last day of a month named as people write a target ("March 2022", "Mar 2022");
    /// nil for anything else.
    public static func endOfMonth(named text: String) -> CalendarDate? {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "-" })
        guard words.count == 2, words[1].count == 4, let year = Int(words[1]) else { return nil }
        let name = words[0].lowercased()
        guard name.count >= 3, let index = monthNames.firstIndex(where: { $0.lowercased().hasPrefix(name) }) else {
            return nil
        }
        let month = index + 1
        return CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))
    }
}
