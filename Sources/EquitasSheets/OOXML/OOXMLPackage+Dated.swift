import EquitasCore
import Foundation

extension OOXMLPackage {
    /// A package whose entries carry the document's own date (midnight UTC), so a
    /// report issued on 13 March 2025 unzips with that date and renders byte for byte
    /// the same every time.
    public init(stampedOn date: CalendarDate) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: date.year, month: date.month, day: date.day)
        self.init(modificationDate: calendar.date(from: components) ?? OOXMLPackage.zipEpoch)
    }
}
