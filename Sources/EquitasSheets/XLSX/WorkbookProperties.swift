import EquitasCore

/// What File › Properties shows for a written workbook. The date also stamps every
/// entry in the ZIP, so the same tables on the same day give the same bytes.
public struct WorkbookProperties: Equatable, Sendable {
    public var title: String
    public var author: String
    public var date: CalendarDate

    public init(title: String, author: String, date: CalendarDate) {
        self.title = title
        self.author = author
        self.date = date
    }

    var document: DocumentProperties {
        DocumentProperties(title: title, subject: "", author: author, date: date)
    }
}
