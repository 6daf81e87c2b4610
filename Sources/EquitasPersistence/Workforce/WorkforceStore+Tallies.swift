import EquitasCore
import FluentKit
import Foundation
import SQLKit

/// A snapshot with its staff counted (`SnapshotTally`), for the profile pages.
public struct TalliedSnapshot: Sendable {
    public var snapshot: Identified<WorkforceSnapshot>
    public var tally: SnapshotTally
}

extension WorkforceStore {
    /// A council's snapshots, oldest first, each with its tally: read from
    /// `workforce_tallies`, not from the staff records. A snapshot without one (stored
    /// before tallies were kept, restored from a backup, or kept under an older
    /// `SnapshotTally.formatVersion`) is counted from its records once and its tally kept.
    public func tallied(organisationId: UUID) async throws -> [TalliedSnapshot] {
        let snapshots = try await snapshots(organisationId: organisationId)
        guard !snapshots.isEmpty else { return [] }
        let rows = try await SQLAccess.sql(db).raw("""
            SELECT t.snapshot_id, t.version, t.tally FROM workforce_tallies t JOIN workforce_snapshots s ON s.id = t.snapshot_id
            WHERE s.organisation_id = \(bind: organisationId)
            """).all()
        var kept: [UUID: SnapshotTally] = [:]
        for row in rows where try row.decode(column: "version", as: Int.self) == SnapshotTally.formatVersion {
            let text = try row.decode(column: "tally", as: String.self)
            guard let tally = try? JSONDecoder().decode(SnapshotTally.self, from: Data(text.utf8)) else {
                throw CorruptColumn(table: "workforce_tallies", column: "tally", value: String(text.prefix(80)))
            }
            kept[try row.decode(column: "snapshot_id", as: UUID.self)] = tally
        }
        var tallied: [TalliedSnapshot] = []
        for snapshot in snapshots {
            if let tally = kept[snapshot.id] {
                tallied.append(TalliedSnapshot(snapshot: snapshot, tally: tally))
                continue
            }
            let tally = SnapshotTally(try await records(snapshotId: snapshot.id), date: snapshot.value.date)
            // Records never change under a snapshot's id, so this tally is right whenever
            // it is kept. A snapshot deleted meanwhile refuses it (its foreign key), and
            // there is then nothing to keep it for: the figures are still the records'.
            try? await keep(tally, snapshotId: snapshot.id, on: db)
            tallied.append(TalliedSnapshot(snapshot: snapshot, tally: tally))
        }
        return tallied
    }

    /// Stores `tally` as the snapshot's, replacing any it had.
    func keep(_ tally: SnapshotTally, snapshotId: UUID, on db: any Database) async throws {
        let text = String(decoding: try JSONEncoder().encode(tally), as: UTF8.self)
        try await SQLAccess.sql(db).raw("""
            INSERT INTO workforce_tallies (id, snapshot_id, version, tally)
            VALUES (\(bind: UUID()), \(bind: snapshotId), \(bind: SnapshotTally.formatVersion), \(bind: text))
            ON CONFLICT (snapshot_id) DO UPDATE SET version = excluded.version, tally = excluded.tally
            """).run()
    }
}
