import Foundation

extension ReportBuilder {
    static func programmeAnnex(_ context: ReportContext) -> ReportSection {
        // In date order whatever order they were recorded in; one row per session, the
        // day printed once, so the whole programme fits a page or two.
        let sessions = context.record.programme.map(\.value).sorted { $0.start < $1.start }
        var previousDay: CalendarDate?
        let rows = sessions.map { session -> [String] in
            let time = String(format: "%02d:%02d–%02d:%02d", session.start.hour, session.start.minute, session.end.hour, session.end.minute)
            let day = session.start.date == previousDay ? "" : session.start.date.longForm
            previousDay = session.start.date
            return [day, time, session.title, session.met.joined(separator: "; ")]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [] : [
            .table(ReportTable(caption: "Sessions held on site and who the team met", header: ["Day", "Time", "Session", "Who the team met"], rows: rows)),
        ]
        return ReportSection(id: "annex-programme", title: "The programme", blocks: blocks)
    }

    static func evidenceAnnex(_ context: ReportContext) -> ReportSection {
        let rows = context.record.evidence.map(\.value).map { evidence -> [String] in
            [evidence.title, evidence.kind.rawValue.replacingOccurrences(of: "-", with: " "), evidence.date?.longForm ?? ""]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [] : [
            .table(ReportTable(caption: "Documents the council provided", header: ["Document", "Kind", "Date"], rows: rows)),
        ]
        return ReportSection(id: "annex-evidence", title: "Evidence", blocks: blocks)
    }

    /// Annexes lettered in the order printed, A first, once it is known which have
    /// anything in them: a report without a programme or evidence has its comments as
    /// Annex A, not an Annex C after no A or B.
    static func letteringAnnexes(_ sections: [ReportSection]) -> [ReportSection] {
        var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".makeIterator()
        return sections.map { section in
            guard section.id.hasPrefix("annex-"), let letter = letters.next() else { return section }
            var lettered = section
            lettered.title = "Annex \(letter): " + section.title
            return lettered
        }
    }
}
