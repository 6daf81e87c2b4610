import EquitasCore
import FluentKit
import Foundation
import SQLKit

/// Erases the team's session notes once they are due (`NotesRetention`): the notes
/// themselves, and every earlier value of them in the history of changes, which records
/// the erasure instead, without the text. Raw SQL, so that the audit middleware does not
/// copy the notes it is erasing into a new entry.
public struct NotesRetentionStore: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    /// What is due (and, unless `dryRun`, erased), challenge by challenge.
    public func apply(_ retention: NotesRetention, today: CalendarDate, dryRun: Bool) async throws -> [NotesErasure] {
        var erased: [NotesErasure] = []
        for (challengeId, finalIssued) in try await finalReports() where retention.isDue(finalIssued: finalIssued, today: today) {
            let sessions = try await sessionsWithNotes(challengeId)
            guard !sessions.isEmpty else { continue }
            if !dryRun {
                try await db.transaction { db in try await NotesRetentionStore(db: db).erase(challengeId, sessions: sessions, retention: retention) }
            }
            erased.append(NotesErasure(challengeId: challengeId, title: try await title(challengeId), finalIssued: finalIssued, sessions: sessions.count))
        }
        return erased
    }

    /// Shown in the history of changes where the notes were.
    public static func erasureWords(_ retention: NotesRetention) -> String {
        "(erased \(retention.months) months after the final report)"
    }

    private var sql: any SQLDatabase { get throws { try SQLAccess.sql(db) } }

    private func finalReports() async throws -> [(UUID, CalendarDate)] {
        let rows = try await sql.raw("SELECT challenge_id, issued_on FROM report_versions WHERE kind = 'final' ORDER BY issued_on").all()
        return try rows.map { row in
            let text = try row.decode(column: "issued_on", as: String.self)
            guard let day = CalendarDate(text) else { throw CorruptColumn(table: "report_versions", column: "issued_on", value: text) }
            return (try row.decode(column: "challenge_id", as: UUID.self), day)
        }
    }

    private func sessionsWithNotes(_ challengeId: UUID) async throws -> [UUID] {
        try await sql.raw("SELECT id FROM programme_sessions WHERE challenge_id = \(bind: challengeId) AND notes IS NOT NULL AND notes <> ''")
            .all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    private func erase(_ challengeId: UUID, sessions: [UUID], retention: NotesRetention) async throws {
        let sql = try self.sql
        try await sql.raw("UPDATE programme_sessions SET notes = NULL WHERE challenge_id = \(bind: challengeId)").run()
        // Earlier entries lose the notes' values; the rest of each entry stays.
        let history = try await AuditEventRow.query(on: db).filter("challenge_id", .equal, challengeId)
            .filter("record", .equal, "programme session").all()
        for row in history {
            let event = try row.event()
            let kept = event.changes.filter { $0.field != "notes" }
            guard kept.count != event.changes.count else { continue }
            var scrubbed = event
            scrubbed.changes = kept
            let text = try AuditEventRow(scrubbed).changes
            try await sql.raw("UPDATE audit_events SET changes = \(bind: text) WHERE id = \(bind: try row.requireID())").run()
        }
        // Versions issued before snapshots left the notes out still hold them.
        for row in try await ReportVersionRow.query(on: db).filter("challenge_id", .equal, challengeId).all() {
            let version = try row.version()
            guard version.snapshot.programme.contains(where: { $0.value.notes != nil }) else { continue }
            let text = try ReportVersionRow.encode(version.snapshot.withoutTeamNotes)
            try await sql.raw("UPDATE report_versions SET snapshot = \(bind: text) WHERE id = \(bind: try row.requireID())").run()
        }
        let now = Date()
        for session in sessions {
            let event = AuditEvent(
                id: UUID(), at: now, author: AuditContext.currentAuthor, action: .updated, record: "programme session", recordId: session,
                challengeId: challengeId,
                changes: [AuditFieldChange(field: "notes", before: Self.erasureWords(retention), after: nil)])
            try await AuditEventRow(event).create(on: db)
        }
    }

    private func title(_ challengeId: UUID) async throws -> String {
        let rows = try await sql.raw("""
            SELECT o.name AS name FROM challenge_organisations c JOIN organisations o ON o.id = c.organisation_id
            WHERE c.challenge_id = \(bind: challengeId) ORDER BY c.position
            """).all()
        let names = try rows.map { try $0.decode(column: "name", as: String.self) }
        return names.isEmpty ? challengeId.uuidString.lowercased() : names.joined(separator: " and ")
    }
}
