import EquitasCore
import FluentKit
import Foundation
import SQLKit

/// Councils' workforce snapshots (a staff list as it stood on a date) and community
/// profiles. A snapshot is written whole in one transaction, its staff a few thousand
/// rows at a time (`StaffRecordWriter`), so a list of 100,000 goes in in about a second
/// and a failure leaves nothing behind.
public struct WorkforceStore: Sendable {
    public let db: any Database
    /// Staff rows a batch (`StaffRecordWriter`). Progress is heard after each, and the
    /// command line reports every 10,000, a multiple.
    public static let batchSize = 5_000

    public init(db: any Database) {
        self.db = db
    }

    /// A council's snapshots, oldest first.
    public func snapshots(organisationId: UUID) async throws -> [Identified<WorkforceSnapshot>] {
        try await WorkforceSnapshotRow.query(on: db).filter(\.$organisationId == organisationId).sort(\.$date).all()
            .map { try $0.identified() }
    }

    public func snapshot(id: UUID) async throws -> Identified<WorkforceSnapshot> {
        try await WorkforceSnapshotRow.require(id, on: db).identified()
    }

    /// The council's snapshot at `date`, or `NotFound`.
    public func snapshot(organisationId: UUID, date: CalendarDate) async throws -> Identified<WorkforceSnapshot> {
        guard let row = try await row(organisationId: organisationId, date: date, on: db) else {
            throw NotFound(entity: "workforce snapshot", id: date.description)
        }
        return try row.identified()
    }

    /// The snapshot's staff, in the order of the file they came from.
    public func records(snapshotId: UUID) async throws -> [StaffRecord] {
        let rows = try await SQLAccess.sql(db).select().columns(StaffRecordColumns.names.map { SQLColumn($0) })
            .from(StaffRecordColumns.table).where("snapshot_id", .equal, SQLBind(snapshotId)).orderBy("position").all()
        return try rows.map(StaffRecordColumns.record)
    }

    /// Stores a staff list at a date. A council has one snapshot per date: another at the
    /// same date is refused unless `replace`, when the old one and its staff go in the
    /// same transaction. `progress` hears how many staff rows are written so far (on
    /// PostgreSQL, sent into the transaction's COPY; the server may still refuse one).
    public func importSnapshot(
        _ snapshot: WorkforceSnapshot, records: [StaffRecord], replace: Bool = false,
        progress: (@Sendable (_ written: Int) -> Void)? = nil
    ) async throws -> Identified<WorkforceSnapshot> {
        try await importSnapshot(snapshot, records: records, replace: replace, progress: progress, counting: CountingCancellation())
    }

    /// `counting` checks the tally's count for cancellation; tests hand in one that
    /// watches it.
    func importSnapshot(
        _ snapshot: WorkforceSnapshot, records: [StaffRecord], replace: Bool, progress: (@Sendable (_ written: Int) -> Void)?,
        counting: CountingCancellation
    ) async throws -> Identified<WorkforceSnapshot> {
        var snapshot = snapshot
        snapshot.staffCount = records.count
        let valid = snapshot
        // The profile's counts, made on another core while the rows are written. When the
        // import is refused the count is cancelled and stops within a few thousand rows;
        // it is waited for, so that nothing of a refused import runs on after it.
        let tally = Task.detached(priority: .userInitiated) { try SnapshotTally(records, date: valid.date, check: counting) }
        do {
            return try await write(valid, records: records, replace: replace, progress: progress, tally: tally)
        } catch {
            tally.cancel()
            _ = try? await tally.value
            throw error
        }
    }

    private func write(
        _ valid: WorkforceSnapshot, records: [StaffRecord], replace: Bool, progress: (@Sendable (_ written: Int) -> Void)?,
        tally: Task<SnapshotTally, any Error>
    ) async throws -> Identified<WorkforceSnapshot> {
        try await db.transaction { db in
            guard try await OrganisationRow.exists(valid.organisationId, on: db) else {
                throw NotFound(entity: "organisation", id: valid.organisationId)
            }
            if let existing = try await row(organisationId: valid.organisationId, date: valid.date, on: db) {
                guard replace else {
                    throw RuleViolation("there is already a workforce snapshot at \(valid.date); ask to replace it to import this one instead")
                }
                try await existing.delete(on: db)
            }
            let id = UUID()
            try await WorkforceSnapshotRow(id: id, value: valid).create(on: db)
            try await StaffRecordWriter(records: records, snapshotId: id, batchSize: Self.batchSize, progress: progress).write(on: db)
            // Kept in the same transaction, so the profile never reads the records.
            try await keep(await tally.value, snapshotId: id, on: db)
            return Identified(id: id, value: valid)
        }
    }

    /// Removes the snapshot with its staff records (the foreign key cascades).
    public func deleteSnapshot(organisationId: UUID, date: CalendarDate) async throws {
        try await db.transaction { db in
            guard let row = try await row(organisationId: organisationId, date: date, on: db) else {
                throw NotFound(entity: "workforce snapshot", id: date.description)
            }
            try await row.delete(on: db)
        }
    }

    private func row(organisationId: UUID, date: CalendarDate, on db: any Database) async throws -> WorkforceSnapshotRow? {
        try await WorkforceSnapshotRow.query(on: db).filter(\.$organisationId == organisationId).filter(\.$date == date.description).first()
    }
}
