import Foundation

/// Reading typed values out of cells whichever way the file stored them: XLSX keeps
/// numbers and dates, CSV keeps only text, and a person may have typed either.
extension SheetCell {
    /// The cell's text with surrounding spaces and line breaks removed.
    public var trimmedText: String { displayText.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// A whole number: `7` as a number (7.0 too) or as text. nil for anything else,
    /// including blank cells and fractions.
    public var wholeNumber: Int? {
        switch self {
        case .number(let value):
            guard value.rounded() == value, abs(value) < 1e15 else { return nil }
            return Int(value)
        case .text:
            let text = trimmedText
            if let value = Int(text) { return value }
            guard let value = Double(text), value.isFinite else { return nil }
            return SheetCell.number(value).wholeNumber
        case .empty, .date:
            return nil
        }
    }

    /// The years a spreadsheet date may fall in: wide enough for any plan, narrow
    /// enough that a stray number (an amount, a phone number) is not taken for a date.
    public static let plausibleYears = 1900...2200

    /// A date: a date cell; a number, read as a spreadsheet date serial (days since
    /// 30 December 1899, the time of day ignored); or text as `YYYY-MM-DD` or British
    /// `DD/MM/YYYY` (`D/M/YYYY` too). Never month first: 03/04/2021 is 3 April.
    /// nil when the cell holds anything else or a year outside `plausibleYears`.
    public var calendarDate: CalendarDate? {
        let date: CalendarDate?
        switch self {
        case .empty: return nil
        case .date(let value): date = value
        case .number(let serial):
            date = ExcelDateSerial.date(fromSerial: serial)
        case .text:
            date = SheetCell.date(fromText: trimmedText)
        }
        guard let date, SheetCell.plausibleYears.contains(date.year) else { return nil }
        return date
    }

    private static func date(fromText text: String) -> CalendarDate? {
        if let iso = CalendarDate(text) { return iso }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
