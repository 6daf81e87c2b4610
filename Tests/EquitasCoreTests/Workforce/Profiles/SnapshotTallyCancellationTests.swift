import EquitasCore
import Foundation
import Testing

/// The tally counted with a check (`CountingCancellation`): the same figures as the plain
/// count, a look every few thousand rows of each pass, and a stop at the first look once
/// its task is cancelled.
@Suite("Snapshot tally: a count that can be stopped")
struct SnapshotTallyCancellationTests {
    static let date = CalendarDate(year: 2026, month: 3, day: 31)!
    /// 20,000 staff: the tally tests' eight, over and over.
    static let staff: [StaffRecord] = (0..<2_500).flatMap { round in
        SnapshotTallyTests.records.map { record in
            var copy = record
            copy.employeeId = "\(record.employeeId)-\(round)"
            return copy
        }
    }

    @Test("checked, the count gives the plain count's figures, looking every few thousand rows of each pass")
    func sameFigures() throws {
        let looks = CountingLooks()
        let checked = try SnapshotTally(Self.staff, date: Self.date, check: CountingCancellation(looking: looks.add))
        #expect(checked == SnapshotTally(Self.staff, date: Self.date))
        // Each pass over the 20,000 rows looks at rows 0, 4096, … 16384: five times.
        let perPass = (Self.staff.count + CountingCancellation.grain - 1) / CountingCancellation.grain
        #expect(looks.rows.count > 4 * perPass)
        #expect(Set(looks.rows) == Set(stride(from: 0, to: Self.staff.count, by: CountingCancellation.grain)))
    }

    @Test("in a cancelled task the count stops at its first look, with CancellationError")
    func stopsWhenCancelled() async throws {
        let looks = CountingLooks()
        let task = Task.detached { try SnapshotTally(Self.staff, date: Self.date, check: CountingCancellation(looking: looks.add)) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(looks.rows == [0])
    }
}

/// The rows a count looked at, from whatever thread counted.
final class CountingLooks: @unchecked Sendable {
    private let lock = NSLock()
    private var looked: [Int] = []

    func add(_ row: Int) { lock.withLock { looked.append(row) } }
    var rows: [Int] { lock.withLock { looked } }
}
