import EquitasCore
import EquitasLibrary
import EquitasTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing

@testable import EquitasPersistence

/// An import counts the profile's tally on another core while it writes the rows. When
/// the import is refused the count is cancelled and stops at its next look, rather than
/// counting the whole list for nothing; when it is not, the count runs to the end.
@Suite("Workforce import: the profile's count stops when the import is refused")
struct ImportCountingTests {
    static let staff = SyntheticStaffList(seed: 11).records(count: 3 * WorkforceStore.batchSize)

    func snapshot(_ organisationId: UUID) -> WorkforceSnapshot {
        WorkforceSnapshot(organisationId: organisationId, date: WorkforceStoreTests.day, staffCount: 0)
    }

    /// Every table's rows, the kept tallies among them (which `EquitasDatabase.tables` leaves out).
    func rowCounts(_ db: any Database) async throws -> [String: Int] {
        var counts = try await TestDatabase.rowCounts(on: db)
        let row = try await #require(db as? any SQLDatabase).raw("SELECT COUNT(*) AS n FROM workforce_tallies").first()
        counts["workforce_tallies"] = try row?.decode(column: "n", as: Int.self)
        return counts
    }

    @Test("refused by the database part-way, or at once for a date already taken: the count is cancelled where it is held, nothing stored",
          arguments: ["database", "date"])
    func refused(by cause: String) async throws {
        try await TestDatabase.withDatabase { db in
            let organisationId = try await WorkforceStoreTests.council(db)
            let store = WorkforceStore(db: db)
            if cause == "database" {
                try await StaffRowWritingTests.refuseStaffRow(at: WorkforceStore.batchSize + 1, on: try #require(db as? any SQLDatabase))
            } else {
                _ = try await store.importSnapshot(snapshot(organisationId), records: Array(Self.staff.prefix(3)))
            }
            let before = try await rowCounts(db)
            // The count is held at its first look until the import cancels it, so that it
            // cannot finish first however the machine schedules the two.
            let count = HeldCount()
            await #expect(throws: (any Error).self) {
                try await store.importSnapshot(
                    snapshot(organisationId), records: Self.staff, replace: false, progress: nil, counting: CountingCancellation(looking: count.look))
            }
            #expect(count.sawCancellation)
            // It stopped at that look: no row of any pass after it was counted.
            #expect(count.rows == [0])
            #expect(try await rowCounts(db) == before)
        }
    }

    @Test("an import that is not refused counts the whole list, looking every few thousand rows of each pass, and keeps the tally")
    func notRefused() async throws {
        try await TestDatabase.withDatabase { db in
            let organisationId = try await WorkforceStoreTests.council(db)
            let count = HeldCount(hold: false)
            let before = try await rowCounts(db)["workforce_tallies"] ?? 0
            _ = try await WorkforceStore(db: db).importSnapshot(
                snapshot(organisationId), records: Self.staff, replace: false, progress: nil, counting: CountingCancellation(looking: count.look))
            #expect(!count.sawCancellation)
            #expect(Set(count.rows) == Set(stride(from: 0, to: Self.staff.count, by: CountingCancellation.grain)))
            #expect(count.rows.count > 4 * Set(count.rows).count)
            #expect(try await rowCounts(db)["workforce_tallies"] == before + 1)
        }
    }
}

/// Watches a count's looks; with `hold`, keeps the count at its first look until its
/// task is cancelled (for at most a minute, so a count never cancelled fails the test
/// rather than hanging it).
final class HeldCount: @unchecked Sendable {
    private let lock = NSLock()
    private var looked: [Int] = []
    private var cancelled = false
    private let hold: Bool

    init(hold: Bool = true) {
        self.hold = hold
    }

    func look(_ row: Int) {
        let first = lock.withLock {
            looked.append(row)
            return looked.count == 1
        }
        if hold, first {
            let until = Date().addingTimeInterval(60)
            while !Task.isCancelled, Date() < until { usleep(1_000) }
        }
        if Task.isCancelled { lock.withLock { cancelled = true } }
    }

    var rows: [Int] { lock.withLock { looked } }
    var sawCancellation: Bool { lock.withLock { cancelled } }
}
