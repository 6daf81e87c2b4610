@testable import EquitasCore
import EquitasLibrary
import Foundation
import Testing

/// The attacker test of docs/adr/0006-disclosure-control.md: every table each output
/// publishes about a characteristic, read as equations and ranges over counts of zero or
/// more, must leave every hidden count undetermined and free over a range at least the
/// threshold wide; and no count of one to threshold − 1 may be published.
@Suite("Disclosure control: the attacker")
struct AttackerTests {
    /// The demo council's two snapshots (`DemoWorkforce` in EquitasWeb: seed and size).
    static let demo: [(date: CalendarDate, seed: UInt64, count: Int)] = [
        (CalendarDate(year: 2025, month: 3, day: 31)!, 2025, 588),
        (CalendarDate(year: 2026, month: 3, day: 31)!, 2026, 612),
    ]

    @Test("the solver finds a lone hidden group by subtraction: 91 − 44 − 15 − 23")
    func subtraction() {
        var model = AttackerModel()
        let cells = [44.0, 15, 23, 9].enumerated().map { model.unknown("group \($0.offset)", truth: $0.element) }
        model.equal(cells, 91)
        for cell in cells.prefix(3) { model.equal([cell], model.truth[cell]) }
        let hidden = model.hiddenRanges()
        #expect(hidden.count == 1)
        #expect(hidden.first?.low == 9 && hidden.first?.high == 9)
    }

    @Test("the solver bounds a hidden cell through a row and a column together")
    func rowAndColumn() {
        // Two groups by two grades; only one cell hidden in each line would be given back.
        var model = AttackerModel()
        let a = model.unknown("a", truth: 3), b = model.unknown("b", truth: 40)
        let c = model.unknown("c", truth: 50), d = model.unknown("d", truth: 4)
        model.equal([a, b], 43)
        model.equal([c, d], 54)
        model.equal([a, c], 53)
        model.equal([b, d], 44)
        // a and d hidden: a + b = 43 with b shown gives a.
        model.equal([b], 40)
        model.equal([c], 50)
        let ranges = Dictionary(uniqueKeysWithValues: model.hiddenRanges().map { ($0.name, ($0.low, $0.high)) })
        #expect(ranges["a"]! == (3, 3) && ranges["d"]! == (4, 4))
    }

    @Test("the demo council's outputs, both snapshots: no hidden count determined or narrowed below the threshold")
    func demoCouncil() throws {
        let snapshots = Self.demo.map { snapshot in
            EqualityInformationInput.SnapshotData(
                snapshot: WorkforceSnapshot(organisationId: UUID(), date: snapshot.date, staffCount: snapshot.count,
                                            otherCharacteristics: Array(SyntheticStaffList.header.suffix(3))),
                records: SyntheticStaffList(seed: snapshot.seed).records(count: snapshot.count))
        }
        var audit = DisclosureAudit()
        for snapshot in snapshots {
            let overview = try #require(WorkforceOverview.build(snapshots: snapshots, selected: snapshot.snapshot.date, community: nil))
            try audit.check(snapshot.records, overview: overview)
        }
        print("attacker, demo council:", audit.summary)
        #expect(audit.failures.isEmpty, "\(audit.failures.prefix(20))")
        #expect(audit.hidden > 0)
    }

    @Test("synthetic staff lists of 180 to 900 people, many small groups: no hidden count determined or narrowed",
          arguments: [(UInt64(13), 180), (17, 250), (19, 400), (23, 900)])
    func synthetic(seed: UInt64, count: Int) throws {
        let audit = try Self.audit(seed: seed, count: count)
        print("attacker, synthetic list of \(count) (seed \(seed)):", audit.summary)
        #expect(audit.failures.isEmpty, "\(audit.failures.prefix(20))")
    }

    /// Where fewer than the threshold of the staff who gave a group are off full pay
    /// altogether, the quartiles' sizes (everyone on full pay) and the disclosed total
    /// would pin that small number, and with it each group's share of it: the plan then
    /// hides everyone on full pay, so the quartiles go out pooled whole.
    @Test("small lists (40 to 120 people), few off full pay: no hidden count determined or narrowed",
          arguments: [(UInt64(7), 60), (11, 120), (31, 40), (37, 80), (41, 100)])
    func small(seed: UInt64, count: Int) throws {
        let audit = try Self.audit(seed: seed, count: count)
        print("attacker, synthetic list of \(count) (seed \(seed)):", audit.summary)
        #expect(audit.failures.isEmpty, "\(audit.failures.prefix(20))")
    }

    static func audit(seed: UInt64, count: Int) throws -> DisclosureAudit {
        let records = SyntheticStaffList(seed: seed).records(count: count)
        let date = CalendarDate(year: 2026, month: 3, day: 31)!
        let data = EqualityInformationInput.SnapshotData(
            snapshot: WorkforceSnapshot(organisationId: UUID(), date: date, staffCount: count, otherCharacteristics: Array(SyntheticStaffList.header.suffix(3))),
            records: records)
        let overview = try #require(WorkforceOverview.build(snapshots: [data], community: nil))
        var audit = DisclosureAudit()
        try audit.check(records, overview: overview)
        return audit
    }

    @Test("a threshold of 5 is audited against 5")
    func lowerThreshold() throws {
        let control = try DisclosureControl(threshold: 5)
        let records = SyntheticStaffList(seed: 29).records(count: 200)
        let date = CalendarDate(year: 2026, month: 3, day: 31)!
        let data = EqualityInformationInput.SnapshotData(
            snapshot: WorkforceSnapshot(organisationId: UUID(), date: date, staffCount: 200, otherCharacteristics: Array(SyntheticStaffList.header.suffix(3))),
            records: records)
        let overview = try #require(WorkforceOverview.build(snapshots: [data], community: nil, control: control))
        var audit = DisclosureAudit()
        try audit.check(records, overview: overview)
        print("attacker, threshold 5, synthetic list of 200:", audit.summary)
        #expect(audit.failures.isEmpty, "\(audit.failures.prefix(20))")
    }
}

/// The figures the attacker test reports, over every output of one or more snapshots.
struct DisclosureAudit {
    var tables = 0
    var cells = 0
    var hidden = 0
    var narrowest: Double = .infinity
    var failures: [String] = []

    var summary: String {
        "\(tables) tables, \(cells) cells, \(hidden) hidden or implied, narrowest range of a count under the threshold \(narrowest == .infinity ? "–" : String(format: "%.1f", narrowest))"
    }

    mutating func check(_ records: [StaffRecord], overview: WorkforceOverview) throws {
        let control = overview.disclosureControl
        for profile in overview.profiles {
            let characteristic = profile.characteristic
            var payGap: GroupPayGapReport?
            if characteristic == .ethnicity || characteristic == .disability {
                guard case .group(let report) = try SnapshotPayGap.compute(
                    records, snapshot: overview.snapshotDate, by: characteristic.column, control: control) else { continue }
                payGap = report
            }
            let tables = try PublishedTables(records: records, characteristic: characteristic, overview: overview, payGap: payGap)
            let broken = tables.model.brokenByTruth()
            failures += broken.map { "\(characteristic): model misread an output: \($0)" }
            self.tables += tables.tables
            cells += tables.model.names.count
            let model = tables.model
            let small = { (cell: Int) in model.truth[cell] > 1e-9 && model.truth[cell] < Double(control.threshold) - 1e-9 }
            // A count about a group (not the "did not tell us" cells, which say nothing about
            // anyone's characteristic): every small one, shown or implied (a group less those
            // on full pay, say), must stay free over a range of the threshold; every other
            // hidden one must not be determined.
            let aboutGroup = { (cell: Int) in !model.names[cell].hasPrefix("d[") }
            for cell in model.shown where small(cell) && aboutGroup(cell) {
                failures.append("\(characteristic) \(model.names[cell]) = \(model.truth[cell]) is published")
            }
            for range in model.hiddenRanges() {
                guard let cell = model.find(range.name), aboutGroup(cell), small(cell) || model.withheld.contains(cell) else { continue }
                hidden += 1
                let width = range.high - range.low
                if small(cell) { narrowest = min(narrowest, width) }
                if small(cell) ? width < Double(control.threshold) : width < 1 {
                    failures.append("\(characteristic) \(range.name) = \(range.truth) is within \(range.low)…\(range.high)")
                }
            }
        }
    }
}
