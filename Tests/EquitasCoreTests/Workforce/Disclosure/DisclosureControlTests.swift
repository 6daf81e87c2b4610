@testable import EquitasCore
import EquitasFixtures
import Foundation
import Testing

@Suite("Disclosure control")
struct DisclosureControlTests {
    @Test("the threshold is 10 by default, may be 5 or more, and is refused below 5 with the reason")
    func threshold() throws {
        #expect(DisclosureControl.standard.threshold == 10)
        #expect(try DisclosureControl(threshold: 5).fewerThan == "fewer than 5")
        #expect(throws: ValidationFailure(
            path: "threshold", message: "4 is too small: the fewest people a published figure may rest on is 5 or more (the default is 10)")) {
            try DisclosureControl(threshold: 4)
        }
        let json = try #require(try JSONSerialization.jsonObject(with: try JSONCoding.encoder().encode(DisclosureControl.standard)) as? [String: Any])
        #expect(json["threshold"] as? Int == 10 && (json["rule"] as? String)?.contains("fewer than 10") == true)
        #expect(try JSONCoding.decoder().decode(DisclosureControl.self, from: Data(#"{"threshold": 7}"#.utf8)).threshold == 7)
        #expect(throws: DecodingError.self) { try JSONCoding.decoder().decode(DisclosureControl.self, from: Data(#"{"threshold": 2}"#.utf8)) }
    }

    @Test("a lone small count in a sum takes the next smallest with it, and hidden counts add to the threshold")
    func secondary() {
        var table = SuppressionTable<String>()
        for (key, value) in [("total", 91.0), ("a", 44), ("b", 15), ("c", 23), ("d", 9), ("e", 0)] { table.cell(key, value, fixed: key == "total") }
        table.sum(["a", "b", "c", "d", "e"], equals: "total")
        // 9 alone would be 91 − 44 − 15 − 23; the 15 goes with it. Nobody (0) is shown.
        #expect(table.hidden(.standard) == ["d", "b"])

        var small = SuppressionTable<String>()
        for (key, value) in [("total", 60.0), ("a", 50), ("b", 2), ("c", 3), ("d", 5)] { small.cell(key, value, fixed: key == "total") }
        small.sum(["a", "b", "c", "d"], equals: "total")
        // 2 + 3 + 5 = 10 is just enough; 2 + 3 alone would pin each within 0…5.
        #expect(small.hidden(.standard) == ["b", "c", "d"])
    }

    @Test("a hidden total hides one of its parts, or the total would be their sum")
    func hiddenWhole() {
        var table = SuppressionTable<String>()
        for (key, value) in [("group", 12.0), ("full pay", 11), ("not full pay", 1)] { table.cell(key, value) }
        table.sum(["full pay", "not full pay"], equals: "group")
        #expect(table.hidden(.standard) == ["full pay", "not full pay"])
    }

    @Test("15 Black staff, one paid a bonus: no bonus gap, no quartile share of fewer than 10, never one group pooled")
    func issueCase() throws {
        let records = DisclosureExample.records
        let report = GroupPayGap.ethnicity(records, snapshot: DisclosureExample.snapshot)
        let black = try #require(report.groups.first { $0.group == "Black" })
        #expect(black.employees == 15 && !black.suppressed)
        #expect(black.meanBonusGap == nil && black.medianBonusGap == nil && black.bonusProportion == nil)
        #expect(black.withheld.map(\.figure).contains("mean_bonus_gap"))
        #expect(black.withheld.allSatisfy { $0.reason.contains("fewer than 10") })
        #expect(report.disclosureControl == .standard)
        try Self.checkQuartiles(report.quartiles, withheld: report.quartilesWithheld, records: records, control: .standard)

        // With a group of 9 beside them, it is hidden and never alone: the next smallest goes too.
        let withSmall = GroupPayGap.ethnicity(DisclosureExample.records(small: true), snapshot: DisclosureExample.snapshot)
        let other = try #require(withSmall.groups.first { $0.group == "Other" })
        #expect(other.suppressed && other.employees == nil && other.reason?.contains("fewer than 10") == true)
        #expect(Set(withSmall.groups.filter(\.suppressed).map(\.group)) == ["Other", "Chinese"])
        let collapsed = try #require(report.collapsed)
        #expect(collapsed.quartilesWithheld.allSatisfy { $0.isEmpty || $0.count >= 2 })
    }

    @Test("fewer than 10 off full pay in all: everyone on full pay is hidden, and each quartile goes out pooled whole")
    func fewOffFullPay() throws {
        // Everyone on full pay but four people (one in each of four groups): the quartiles'
        // sizes and the disclosed total would give 4, and bound each group's count off full pay.
        var records = DisclosureExample.records.map { record -> StaffRecord in
            var record = record
            record.fullPay = true
            return record
        }
        for group in ["White British", "Asian", "Mixed", "Black"] {
            let index = try #require(records.firstIndex { $0.ethnicity == .value(group) })
            records[index].fullPay = false
        }
        let plan = DisclosurePlan.build(records, characteristic: .ethnicity)
        #expect(plan.isHidden(.otherPayTotal) && plan.isHidden(.fullPayTotal))
        #expect((0..<4).allSatisfy { plan.isHidden(.band($0)) })
        let report = GroupPayGap.ethnicity(records, snapshot: DisclosureExample.snapshot)
        for (band, shares) in report.quartiles.enumerated() {
            #expect(shares == [report.disclosureControl.pooledLabel: 100], "band \(band)")
            #expect(report.quartilesWithheld[band].count >= 2)
        }
        // The groups' counts on full pay would add up to the same total: two at least go.
        #expect(report.groups.filter { $0.fullPayEmployees == nil }.count >= 2)
        // Such a table would read "100.0%" under the pooled label four times: outputs say so instead.
        #expect(report.disclosureControl.hidesEveryShare(report.quartiles))

        // Nobody off full pay: nothing small to protect, the quartiles are published.
        let everyone = records.map { record -> StaffRecord in
            var record = record
            record.fullPay = true
            return record
        }
        let published = GroupPayGap.ethnicity(everyone, snapshot: DisclosureExample.snapshot)
        #expect(!DisclosurePlan.build(everyone, characteristic: .ethnicity).isHidden(.fullPayTotal))
        #expect(published.quartiles.allSatisfy { $0.keys.contains { $0 != published.disclosureControl.pooledLabel } })
        #expect(!published.disclosureControl.hidesEveryShare(published.quartiles))
        // Bands with nobody in them say nothing; one band with a group shown is enough to print the table.
        let control = DisclosureControl.standard
        #expect(!control.hidesEveryShare([[:], [:]]))
        #expect(!control.hidesEveryShare([[control.pooledLabel: 100], ["White": 80, control.pooledLabel: 20]]))
        #expect(control.hidesEveryShare([[control.pooledLabel: 100], [:]]))
    }

    @Test("a profile, the grade table and the pay gap hide the same groups")
    func oneplan() throws {
        let records = DisclosureExample.records(small: true)
        let profile = WorkforceProfile.build(records, characteristic: .ethnicity)
        let report = GroupPayGap.ethnicity(records, snapshot: DisclosureExample.snapshot)
        let hiddenInProfile = Set(profile.groups.filter(\.suppressed).map(\.group))
        let hiddenInPayGap = Set(report.groups.filter(\.suppressed).map(\.group))
        #expect(hiddenInProfile == hiddenInPayGap && hiddenInProfile.count >= 2)
        // The grade table's hidden cells in each row are never alone.
        for row in GradeProfile.build(records, characteristic: .ethnicity).grades {
            let hidden = row.cells.filter(\.suppressed).count
            #expect(hidden == 0 || hidden >= 2, "\(row.grade)")
        }
    }

    @Test("grades of fewer than the threshold's people are shown together, with the next smallest if need be")
    func smallGrades() {
        let records = (0..<40).map { StaffRecord(employeeId: "E\($0)", sex: .value("Female"), grade: $0 < 30 ? "Grade 1" : ($0 < 34 ? "Grade 2" : "Grade 3"), pay: .rate(10)) }
        let rows = GradeRows(CharacteristicTally(records, characteristic: .sex), control: .standard)
        // Grades 2 (4) and 3 (6) together make 10.
        #expect(rows.names == ["Grade 1", "Grade 2 and Grade 3 together"])
        #expect(rows.headcounts["Grade 2 and Grade 3 together"] == 10)
    }

    /// No shown share stands for 1 to threshold − 1 people, and a pooled share always
    /// stands for two groups or more.
    static func checkQuartiles(_ bands: [[String: Decimal]], withheld: [[String]], records: [StaffRecord], control: DisclosureControl) throws {
        let onFullPay = records.filter { $0.fullPay && PayGapMethod.hourlyRate($0.pay) != nil && $0.ethnicity.disclosed != nil }.count
        for (band, (shares, size)) in zip(bands, PayQuartiles.bandSizes(count: onFullPay)).enumerated() {
            #expect(withheld[band].isEmpty || withheld[band].count >= 2)
            for (group, share) in shares where group != control.pooledLabel {
                let people = NSDecimalNumber(decimal: share * Decimal(size) / 100).doubleValue
                #expect(people < 0.5 || people > Double(control.threshold) - 0.5, "band \(band) \(group) \(share)%")
            }
        }
    }
}
