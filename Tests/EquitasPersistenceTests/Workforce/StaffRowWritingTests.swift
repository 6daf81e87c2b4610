import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing

/// How an import's staff rows reach the database (`StaffRecordWriter`): in batches, each
/// built while the one before is written, all in one transaction.
@Suite("Staff rows written in batches")
struct StaffRowWritingTests {
    @Test("the rows' ids are UUIDs that rise with the position in the file")
    func risingIds() async throws {
        try await TestDatabase.withDatabase { db in
            let organisationId = try await WorkforceStoreTests.council(db)
            let staff = SyntheticStaffList(seed: 3).records(count: WorkforceStore.batchSize + 10)
            let stored = try await WorkforceStore(db: db).importSnapshot(
                WorkforceSnapshot(organisationId: organisationId, date: WorkforceStoreTests.day, staffCount: 0), records: staff)
            let sql = try #require(db as? any SQLDatabase)
            let rows = try await sql.select().column("id").from("staff_records")
                .where("snapshot_id", .equal, SQLBind(stored.id)).orderBy("position").all()
            let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
            #expect(ids.count == staff.count)
            #expect(ids.map { $0.uuidString } == ids.map { $0.uuidString }.sorted())
            #expect(Set(ids).count == ids.count)
        }
    }

    /// A trigger that stands in for a failure inside the database (a full disk, a lost
    /// connection): it refuses the staff row at `position` of any import.
    static func refuseStaffRow(at position: Int, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE FUNCTION refuse_staff() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW.position = \(unsafeRaw: String(position)) THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$
                """).run()
            try await sql.raw("CREATE TRIGGER refuse_staff BEFORE INSERT ON staff_records FOR EACH ROW EXECUTE FUNCTION refuse_staff()").run()
        } else {
            try await sql.raw("""
                CREATE TRIGGER refuse_staff BEFORE INSERT ON staff_records WHEN NEW.position = \(unsafeRaw: String(position))
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """).run()
        }
    }

    @Test("a batch the database refuses part-way leaves no snapshot and no rows, and on SQLite no batch after it is sent")
    func refusedMidway() async throws {
        try await TestDatabase.withDatabase { db in
            let organisationId = try await WorkforceStoreTests.council(db)
            let sql = try #require(db as? any SQLDatabase)
            // It refuses the first row of the third batch.
            let refused = 2 * WorkforceStore.batchSize
            try await Self.refuseStaffRow(at: refused, on: sql)
            let before = try await TestDatabase.rowCounts(on: db)
            let staff = SyntheticStaffList(seed: 5).records(count: refused + WorkforceStore.batchSize + 1)
            let written = ProgressLog()
            await #expect(throws: (any Error).self) {
                try await WorkforceStore(db: db).importSnapshot(
                    WorkforceSnapshot(organisationId: organisationId, date: WorkforceStoreTests.day, staffCount: 0), records: staff
                ) { written.add($0) }
            }
            if sql.dialect.name == "postgresql" {
                // One COPY: progress counts rows sent, and the server's refusal comes back
                // whenever it gets to that row: while later batches are on their way, or
                // (on a busy machine, seen in the whole suite) once all are sent. What
                // matters is below: nothing of it stays.
                #expect(written.values == written.values.sorted())
                #expect(written.values.allSatisfy { $0 <= staff.count })
            } else {
                #expect(written.values == [0, WorkforceStore.batchSize, refused])
            }
            #expect(try await TestDatabase.rowCounts(on: db) == before)
        }
    }
}
