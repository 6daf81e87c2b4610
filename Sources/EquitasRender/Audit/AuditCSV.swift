import EquitasCore
import EquitasSheets
import Foundation

/// The audit trail as CSV: one line per changed field, so a spreadsheet can filter by
/// field or author. An event that changed no field (a record created empty) still gets
/// one line, with the field columns left blank.
public enum AuditCSV {
    public static let header = ["When", "Who", "Action", "Record", "Record id", "Field", "Before", "After"]

    public static func csv(_ events: [AuditEvent]) -> Data {
        CSVWriter.write(table(events))
    }

    public static func table(_ events: [AuditEvent]) -> SheetTable {
        SheetTable(name: "Audit trail", header: header, rows: events.flatMap(rows))
    }

    private static func rows(_ event: AuditEvent) -> [[SheetCell]] {
        let leading: [SheetCell] = [
            .text(timestamp(event.at)), .text(event.author.label), .text(event.action.rawValue), .text(event.record),
            .text(event.recordId.uuidString.lowercased()),
        ]
        guard !event.changes.isEmpty else { return [leading + [.empty, .empty, .empty]] }
        return event.changes.map { change in
            leading + [.text(change.field), cell(change.before), cell(change.after)]
        }
    }

    private static func cell(_ text: String?) -> SheetCell {
        text.map(SheetCell.text) ?? .empty
    }

    /// ISO 8601 in UTC to the second, `2024-03-12T09:30:00Z`: what a spreadsheet
    /// recognises, and precise enough for a person reading the trail. The fraction is
    /// cut off, never rounded up into the next second.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
    }
}
