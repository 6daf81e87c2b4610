@testable import EquitasCore
import Foundation
import Testing

/// Reads every table one snapshot's outputs publish about one characteristic into an
/// `AttackerModel`: the profile, the table by grade, the comparison with the community,
/// the trend point at that date, and (ethnicity, disability) the pay gap groups, their
/// quartiles and the collapsed comparison. Whether a number is shown is read from the
/// outputs themselves; the structure of the tables (what adds up to what) is what any
/// reader knows.
struct PublishedTables {
    var model = AttackerModel()
    var tables = 0

    init(records: [StaffRecord], characteristic: StaffCharacteristic, overview: WorkforceOverview, payGap: GroupPayGapReport?) throws {
        let control = overview.disclosureControl
        let profile = try #require(overview.profiles.first { $0.characteristic == characteristic })
        let grades = try #require(overview.grades.first { $0.characteristic == characteristic })
        let rows = GradeRows(CharacteristicTally(records, characteristic: characteristic), control: control)
        let gradeOfRecord = StaffGrades(records).ofRecord
        let groupOf = { (record: StaffRecord) -> String? in
            guard case .value(let text) = characteristic.value(of: record) else { return nil }
            return ProfileGroupName.group(text, characteristic: characteristic).map(ProfileGroupName.fold)
        }
        let keys = records.map(groupOf)
        let groups = profile.groups.map { ProfileGroupName.fold($0.group) }
        func count(_ include: (Int) -> Bool) -> Double { Double(records.indices.filter(include).count) }

        // The profile.
        tables += 1
        var n: [String: Int] = [:]
        for group in groups { n[group] = model.unknown("n[\(group)]", truth: count { keys[$0] == group }) }
        for group in profile.groups {
            let cell = n[ProfileGroupName.fold(group.group)]!
            if group.suppressed { model.markWithheld(cell) } else { model.equal([cell], Double(try #require(group.count))) }
        }
        model.equal(groups.map { n[$0]! }, Double(profile.disclosed))

        // The table by grade: each row adds to its headcount, each column to the group's total.
        tables += 1
        #expect(grades.groups.map(ProfileGroupName.fold) == groups)
        var notDisclosed: [Int] = []
        for row in grades.grades {
            let inRow = { (i: Int) in rows.rowOfGrade[gradeOfRecord[i]] == row.grade }
            let cells = groups.map { group in model.unknown("c[\(row.grade)][\(group)]", truth: count { inRow($0) && keys[$0] == group }) }
            let other = model.unknown("d[\(row.grade)]", truth: count { inRow($0) && keys[$0] == nil })
            notDisclosed.append(other)
            model.equal(cells + [other], Double(row.headcount))
            for (cell, shown) in zip(cells, row.cells) {
                if shown.suppressed { model.markWithheld(cell) } else { model.equal([cell], Double(try #require(shown.count))) }
            }
            if row.notDisclosed.suppressed { model.markWithheld(other) } else { model.equal([other], Double(try #require(row.notDisclosed.count))) }
        }
        for (index, group) in groups.enumerated() {
            let column = grades.grades.map { model.find("c[\($0.grade)][\(group)]")! }
            _ = index
            model.equal(column, 0, minus: [n[group]!])
        }
        model.equal(notDisclosed, Double(profile.preferNotToSay + profile.notKnown + profile.blank))

        // The comparison with the community and the trend point at this date: shares of the disclosed.
        if let comparison = overview.comparison(for: characteristic) {
            tables += 1
            for row in comparison.rows {
                guard let percent = row.workforcePercent, let cell = n[ProfileGroupName.fold(row.group)] else { continue }
                model.share([cell], percent: percent, of: Double(profile.disclosed))
            }
        }
        if let trend = overview.trends.characteristics.first(where: { $0.characteristic == characteristic }),
           let point = trend.points.first(where: { $0.date == overview.snapshotDate }) {
            tables += 1
            for (group, share) in zip(trend.groups, point.shares) {
                guard let share, let cell = n[ProfileGroupName.fold(group)] else { continue }
                model.share([cell], percent: share, of: Double(profile.disclosed))
            }
        }
        if let payGap { try addPay(payGap, records: records, keys: keys, groups: groups, n: n) }
    }

    private mutating func addPay(_ report: GroupPayGapReport, records: [StaffRecord], keys: [String?], groups: [String], n: [String: Int]) throws {
        let reference = ProfileGroupName.fold(report.referenceGroup)
        var f: [String: Int] = [:], r: [String: Int] = [:]
        var ranked: [(rate: Decimal, group: String)] = []
        for (record, key) in zip(records, keys) {
            guard let key else { continue }
            if record.fullPay, let rate = PayGapMethod.hourlyRate(record.pay) { ranked.append((rate, key)) }
        }
        for group in groups {
            let members = records.indices.filter { keys[$0] == group }
            let onFullPay = Double(members.filter { records[$0].fullPay && PayGapMethod.hourlyRate(records[$0].pay) != nil }.count)
            let paidBonus = Double(members.filter { records[$0].bonusPay > 0 }.count)
            f[group] = model.unknown("f[\(group)]", truth: onFullPay)
            let o = model.unknown("o[\(group)]", truth: Double(members.count) - onFullPay)
            model.equal([f[group]!, o], 0, minus: [n[group]!])
            r[group] = model.unknown("r[\(group)]", truth: paidBonus)
            let nr = model.unknown("nr[\(group)]", truth: Double(members.count) - paidBonus)
            model.equal([r[group]!, nr], 0, minus: [n[group]!])
        }
        let counts = GroupQuartiles.counts(ranked)
        let sizes = PayQuartiles.bandSizes(count: ranked.count)
        // A band's size is known to whoever reads a share of it (shares are percentages of
        // it, to one decimal place); a band published only as everyone pooled, 100%, says
        // nothing of its size.
        let pooled = report.disclosureControl.pooledLabel
        let tablesOfBands = [report.quartiles] + (report.collapsed.map { [$0.quartiles] } ?? [])
        let sizeShown = sizes.indices.map { band in tablesOfBands.contains { $0[band].keys.contains { $0 != pooled } } }
        var q: [[String: Int]] = []
        for (band, size) in sizes.enumerated() {
            var cells: [String: Int] = [:]
            for group in groups {
                cells[group] = model.unknown("q[\(band)][\(group)]", truth: Simplex.double(counts[band][group] ?? 0), integer: false)
            }
            if sizeShown[band] { model.equal(Array(cells.values), Double(size)) }
            q.append(cells)
        }
        for group in groups { model.equal(q.map { $0[group]! }, 0, minus: [f[group]!]) }
        let others = groups.filter { $0 != reference }
        // Each table names a group; the collapsed one names "everyone else" too.
        func members(_ name: String) -> [String] {
            name == GroupPayGap.ethnicMinorityLabel ? others : [ProfileGroupName.fold(name)]
        }
        func addGroups(_ figures: [GroupPayGapFigures]) throws {
            tables += 1
            for row in figures {
                let set = members(row.group)
                guard !row.suppressed else {
                    set.compactMap { n[$0] }.forEach { model.markWithheld($0) }
                    continue
                }
                if row.fullPayEmployees == nil { set.compactMap { f[$0] }.forEach { model.markWithheld($0) } }
                if row.bonusProportion == nil { set.compactMap { r[$0] }.forEach { model.markWithheld($0) } }
                let employees = Double(try #require(row.employees))
                model.equal(set.compactMap { n[$0] }, employees)
                if let fullPay = row.fullPayEmployees { model.equal(set.compactMap { f[$0] }, Double(fullPay)) }
                if let proportion = row.bonusProportion { model.share(set.compactMap { r[$0] }, percent: proportion, of: employees) }
            }
        }
        func addQuartiles(_ bands: [[String: Decimal]], withheld: [[String]]) {
            tables += 1
            for (band, shares) in bands.enumerated() {
                // The collapsed "everyone else" is a sum of cells, not a cell of its own.
                withheld[band].filter { $0 != GroupPayGap.ethnicMinorityLabel }.flatMap(members).compactMap { q[band][$0] }
                    .forEach { model.markWithheld($0) }
                for (name, percent) in shares where sizeShown[band] {
                    let set = name == pooled ? withheld[band].flatMap(members) : members(name)
                    model.share(set.compactMap { q[band][$0] }, percent: percent, of: Double(sizes[band]))
                }
            }
        }
        try addGroups(report.groups)
        addQuartiles(report.quartiles, withheld: report.quartilesWithheld)
        if let collapsed = report.collapsed {
            try addGroups(collapsed.groups)
            addQuartiles(collapsed.quartiles, withheld: collapsed.quartilesWithheld)
        }
    }
}

extension Simplex {
    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }
}
