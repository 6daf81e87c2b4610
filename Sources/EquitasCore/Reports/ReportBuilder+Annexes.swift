import Foundation

extension ReportBuilder {
    static func programmeAnnex(_ context: ReportContext) -> ReportSection {
        let rows = context.record.programme.map(\.value).map { session -> [String] in
            let time = String(format: "%02d:%02d–%02d:%02d", session.start.hour, session.start.minute, session.end.hour, session.end.minute)
            return [
                "\(session.start.date.longForm), \(time)",
                session.title,
                session.met.joined(separator: "; "),
                session.peerIds.map(context.personName).joined(separator: ", "),
            ]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [] : [
            .table(ReportTable(caption: "Sessions held on site", header: ["When", "Session", "Who the team met", "Peers"], rows: rows)),
        ]
        return ReportSection(id: "annex-programme", title: "Annex A: The programme", blocks: blocks)
    }

    static func evidenceAnnex(_ context: ReportContext) -> ReportSection {
        let rows = context.record.evidence.map(\.value).map { evidence -> [String] in
            [evidence.title, evidence.kind.rawValue.replacingOccurrences(of: "-", with: " "), evidence.date?.longForm ?? ""]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [] : [
            .table(ReportTable(caption: "Documents the council provided", header: ["Document", "Kind", "Date"], rows: rows)),
        ]
        return ReportSection(id: "annex-evidence", title: "Annex B: Evidence", blocks: blocks)
    }
}
