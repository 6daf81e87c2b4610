import Foundation

/// One cell of a spreadsheet or CSV file, typed as far as the file says: CSV gives
/// only text; XLSX also gives numbers and dates (a number in a date-formatted cell).
public enum SheetCell: Equatable, Hashable, Sendable {
    case empty
    case text(String)
    case number(Double)
    case date(CalendarDate)

    /// The cell as a person reads it: dates as `YYYY-MM-DD`, whole numbers without `.0`.
    public var displayText: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let value):
            value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .date(let date): date.description
        }
    }

    public var isBlank: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .number, .date: false
        }
    }
}
