/// Dates as spreadsheets store them: a count of days in the 1900 date system. Serial 1
/// is 1 January 1900, but Excel (copying Lotus 1-2-3) also counts 29 February 1900, a
/// day that never was, as serial 60. From 1 March 1900 (serial 61) on, a serial is
/// therefore simply the number of days since 30 December 1899; before it, days since
/// 31 December 1899.
public enum ExcelDateSerial {
    /// 30 December 1899 as a `CalendarDate.dayNumber`: serial 0 for modern dates.
    static let modernEpoch = CalendarDate(year: 1899, month: 12, day: 30)!.dayNumber
    static let firstModernSerial = 61
    /// 31 December 9999, the last day Excel can show.
    public static let lastSerial = 2_958_465

    /// Nil for days before 1 January 1900, which Excel cannot hold as dates.
    public static func serial(for date: CalendarDate) -> Int? {
        let serial = date.dayNumber - modernEpoch
        if serial >= firstModernSerial { return serial }
        // Before the phantom 29 February every day sits one serial lower.
        return serial - 1 >= 1 ? serial - 1 : nil
    }

    /// The day a serial falls on, ignoring any time of day in its fraction. Nil for
    /// serial 60 (the phantom day) and for serials outside 1 January 1900 … 31 December 9999.
    public static func date(fromSerial serial: Double) -> CalendarDate? {
        guard serial.isFinite, serial >= 1, serial < Double(lastSerial + 1) else { return nil }
        let day = Int(serial.rounded(.down))
        guard day != 60 else { return nil }
        return CalendarDate(dayNumber: modernEpoch + (day >= firstModernSerial ? day : day + 1))
    }
}
