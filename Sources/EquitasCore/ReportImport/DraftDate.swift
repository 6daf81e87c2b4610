import Foundation

/// The day to date a past report's draft by when the report gives no dates of the
/// visit: the latest date it mentions anywhere ("13/02/2012", "5 May 2012"), since the
/// council's comments on the draft came after everything the report speaks of.
enum DraftDate {
    static func latest(in sentences: [String]) -> CalendarDate? {
        var found: [CalendarDate] = []
        for sentence in sentences {
            if let (start, end) = VisitDateFinder.dates(in: sentence) { found.append(end ?? start) }
            var range = sentence.startIndex..<sentence.endIndex
            while let match = sentence.range(of: #"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"#, options: .regularExpression, range: range) {
                let parts = sentence[match].split(separator: "/").compactMap { Int($0) }
                if parts.count == 3, let date = CalendarDate(year: parts[2], month: parts[1], day: parts[0]) { found.append(date) }
                range = match.upperBound..<sentence.endIndex
            }
        }
        return found.max()
    }
}
