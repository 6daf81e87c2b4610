import Foundation

/// The days the team was on site: "17th and 18th March 2009", "11 to 13 March 2025",
/// "30 September to 2 October 2014", "on 5 May 2016". A date in a sentence about the
/// visit is trusted; a lone date elsewhere is only a guess.
enum VisitDateFinder {
    struct Visit: Equatable {
        var start: CalendarDate
        var end: CalendarDate?
        var confidence: Double
        var sentence: String
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    private static let day = #"(\d{1,2})(?:st|nd|rd|th)?"#
    private static let month = #"([A-Z][a-z]+)"#
    static let rangePattern = "\(day)(?:\\s+\(month))?\\s*(?:and|&|to|-|–|—)\\s*\(day)\\s+\(month),?\\s+(\\d{4})"
    static let singlePattern = "\(day)\\s+\(month),?\\s+(\\d{4})"
    static let visitWords = ["took place", "on site", "on-site", "onsite", "visit", "was held", "were held", "carried out on", "challenge ran"]

    static func find(in sentences: [String]) -> Visit? {
        var best: Visit?
        for sentence in sentences {
            guard let found = dates(in: sentence) else { continue }
            let lower = sentence.lowercased()
            let aboutVisit = visitWords.contains { lower.contains($0) }
            let visit = Visit(start: found.0, end: found.1, confidence: aboutVisit ? 0.9 : 0.45, sentence: sentence)
            if best == nil || visit.confidence > best!.confidence { best = visit }
        }
        return best
    }

    static func dates(in text: String) -> (CalendarDate, CalendarDate?)? {
        var sentence = text
        if RecogniserRules.on("report-caps-title-plain-headings") {
            // "11, 12 and 13 June 2013": the days between are left out.
            sentence = sentence.replacingOccurrences(
                of: #"\b(\d{1,2}(?:st|nd|rd|th)?)(?:,\s*\d{1,2}(?:st|nd|rd|th)?)+(,?\s+(?:and|&)\s+\d)"#, with: "$1$2", options: .regularExpression)
        }
        let ns = sentence as NSString
        if let match = try? NSRegularExpression(pattern: rangePattern).firstMatch(in: sentence, range: NSRange(location: 0, length: ns.length)) {
            func group(_ i: Int) -> String? {
                let r = match.range(at: i)
                return r.location == NSNotFound ? nil : ns.substring(with: r)
            }
            if let endMonth = monthNumber(group(4)), let year = Int(group(5) ?? ""),
               let startDay = Int(group(1) ?? ""), let endDay = Int(group(3) ?? "") {
                let startMonth = monthNumber(group(2)) ?? endMonth
                if let start = CalendarDate(year: year, month: startMonth, day: startDay),
                   let end = CalendarDate(year: year, month: endMonth, day: endDay), start <= end {
                    return (start, end)
                }
            }
        }
        if let match = try? NSRegularExpression(pattern: singlePattern).firstMatch(in: sentence, range: NSRange(location: 0, length: ns.length)),
           let month = monthNumber(ns.substring(with: match.range(at: 2))),
           let date = CalendarDate(year: Int(ns.substring(with: match.range(at: 3))) ?? 0, month: month, day: Int(ns.substring(with: match.range(at: 1))) ?? 0) {
            return (date, nil)
        }
        return nil
    }

    static func monthNumber(_ name: String?) -> Int? {
        guard let name = name?.lowercased() else { return nil }
        return months.firstIndex(of: name).map { $0 + 1 }
    }
}
