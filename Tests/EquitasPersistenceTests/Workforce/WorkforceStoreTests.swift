import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import Testing

@Suite("Workforce snapshots")
struct WorkforceStoreTests {
    static let day = CalendarDate(year: 2026, month: 3, day: 31)!

    /// Every kind of value a record can hold, each distinct from the others.
    static let varied: [StaffRecord] = [
        StaffRecord(
            employeeId: "E1", sex: .value("Female"), ethnicity: .preferNotToSay, disability: .notKnown, grade: "Grade 3", fullPay: true,
            pay: .rate(Decimal(string: "12.3456")!), bonusPay: Decimal(string: "100.01")!,
            other: ["age_band": .value("25-34"), "religion_or_belief": .blank, "sexual_orientation": .preferNotToSay]),
        StaffRecord(
            employeeId: "E2", sex: .preferNotToSay, ethnicity: .value("v:odd"), disability: .blank, grade: nil, fullPay: false,
            pay: .derived(ordinaryPay: Decimal(string: "2083.33")!, bonusInPeriod: Decimal(string: "0.5")!, periodDays: 30, weeklyHours: Decimal(string: "37.5")!),
            bonusPay: 0, other: ["age_band": .notKnown]),
        StaffRecord(employeeId: "=SUM(A1)", sex: .notKnown, ethnicity: .blank, disability: .value("Yes"), pay: .rate(0)),
        StaffRecord(employeeId: "E4", sex: .blank, ethnicity: .value("<script>"), disability: .value("No"), pay: .rate(Decimal(string: "99999.99")!)),
        // Further characteristics are written as JSON by hand: every character that JSON escapes.
        StaffRecord(
            employeeId: "E5", sex: .value("Male"), ethnicity: .blank, disability: .blank, pay: .rate(1),
            other: ["say \"no\"": .value("a\\b/c\n\r\t\u{01}\u{1F}é – 😀"), "": .value(""), "z\u{7F}": .blank]),
        // The rows go to the database as JSON: the same characters in the columns of their own.
        StaffRecord(
            employeeId: "E\"6\\\n", sex: .value("\"quoted\" \\ \u{1F}"), ethnicity: .value("é – 😀"), grade: "Grade\t7", fullPay: false,
            pay: .derived(ordinaryPay: 0, bonusInPeriod: Decimal(string: "-12.5")!, periodDays: 0, weeklyHours: Decimal(string: "0.001")!),
            bonusPay: Decimal(string: "-0.25")!),
    ]

    static func council(_ db: any Database) async throws -> UUID {
        try await OrganisationStore(db: db).create(Organisation(name: "Wyvern Vale District Council", type: .districtCouncil)).id
    }

    @Test("records come back exactly as stored, in file order, and snapshots oldest first")
    func roundTrip() async throws {
        try await TestDatabase.withDatabase { db in
            let organisationId = try await Self.council(db)
            let store = WorkforceStore(db: db)
            let later = try await store.importSnapshot(
                WorkforceSnapshot(organisationId: organisationId, date: Self.day, sourceFilename: "staff.csv", staffCount: 0, otherCharacteristics: ["age_band"]),
                records: Self.varied)
            #expect(later.value.staffCount == 6)
            #expect(try await store.records(snapshotId: later.id) == Self.varied)
            let earlier = try await store.importSnapshot(
                WorkforceSnapshot(organisationId: organisationId, date: CalendarDate(year: 2025, month: 3, day: 31)!, staffCount: 0), records: [])
            #expect(try await store.snapshots(organisationId: organisationId).map(\.id) == [earlier.id, later.id])
            #expect(try await store.snapshot(organisationId: organisationId, date: Self.day).value == later.value)
        }
    }

    @Test("a second snapshot at a date is refused and changes nothing; with replace, the old one goes")
    func duplicateDate() async throws {
        try await TestDatabase.withDatabase { db in
            let organisationId = try await Self.council(db)
            let store = WorkforceStore(db: db)
            let snapshot = WorkforceSnapshot(organisationId: organisationId, date: Self.day, staffCount: 0)
            let first = try await store.importSnapshot(snapshot, records: Self.varied)
            let before = try await TestDatabase.rowCounts(on: db)
            await #expect(throws: RuleViolation.self) { try await store.importSnapshot(snapshot, records: Array(Self.varied.prefix(1))) }
            #expect(try await TestDatabase.rowCounts(on: db) == before)
            let second = try await store.importSnapshot(snapshot, records: Array(Self.varied.prefix(1)), replace: true)
            #expect(try await store.snapshots(organisationId: organisationId).map(\.id) == [second.id])
            #expect(try await store.records(snapshotId: second.id) == Array(Self.varied.prefix(1)))
            #expect(try await store.records(snapshotId: first.id).isEmpty)
            try await store.deleteSnapshot(organisationId: organisationId, date: Self.day)
            #expect(try await TestDatabase.rowCounts(on: db)["staff_records"] == 0)
            await #expect(throws: NotFound.self) { try await store.deleteSnapshot(organisationId: organisationId, date: Self.day) }
        }
    }

    @Test("a large list goes in in batches, reporting progress, in seconds")
    func batchImport() async throws {
        try await TestDatabase.withDatabase { db in
            let organisationId = try await Self.council(db)
            let staff = SyntheticStaffList(seed: 7).records(count: 20_000)
            let written = ProgressLog()
            let clock = ContinuousClock()
            let start = clock.now
            let stored = try await WorkforceStore(db: db).importSnapshot(
                WorkforceSnapshot(organisationId: organisationId, date: Self.day, staffCount: 0), records: staff) { written.add($0) }
            let elapsed = clock.now - start
            #expect(written.values == Array(stride(from: 0, through: 20_000, by: WorkforceStore.batchSize)))
            #expect(elapsed < .seconds(30), "took \(elapsed)")
            let back = try await WorkforceStore(db: db).records(snapshotId: stored.id)
            #expect(back == staff)
            // The trail has the snapshot, not twenty thousand rows.
            #expect(try await TestDatabase.rowCounts(on: db)["audit_events"] ?? 0 < 10)
        }
    }

    @Test("the community profile is saved, replaced and checked")
    func communityProfile() async throws {
        try await TestDatabase.withDatabase { db in
            let organisationId = try await Self.council(db)
            let store = WorkforceStore(db: db)
            #expect(try await store.communityProfile(organisationId: organisationId) == nil)
            let entries = [
                CommunityProfileEntry(characteristic: "sex", group: "Female", percent: Decimal(string: "51.3")!),
                CommunityProfileEntry(characteristic: "sex", group: "Male", percent: Decimal(string: "48.7")!),
            ]
            let profile = CommunityProfile(organisationId: organisationId, area: " Wyvern Vale ", source: "Census 2021", entries: entries)
            try await store.saveCommunityProfile(profile)
            #expect(try await store.communityProfile(organisationId: organisationId)?.area == "Wyvern Vale")
            #expect(try await store.communityProfile(organisationId: organisationId)?.entries == entries)
            var replaced = profile
            replaced.entries = [CommunityProfileEntry(characteristic: "disability", group: "Yes", percent: 100)]
            try await store.saveCommunityProfile(replaced)
            #expect(try await store.communityProfile(organisationId: organisationId)?.entries == replaced.entries)
            var bad = profile
            bad.source = " "
            await #expect(throws: ValidationFailure.self) { try await store.saveCommunityProfile(bad) }
            bad = profile
            bad.entries.removeLast()
            await #expect(throws: ValidationFailure.self) { try await store.saveCommunityProfile(bad) }
        }
    }
}

/// Progress reports, collected from whatever task the store calls back on.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Int] = []

    func add(_ value: Int) { lock.withLock { collected.append(value) } }
    var values: [Int] { lock.withLock { collected } }
}
