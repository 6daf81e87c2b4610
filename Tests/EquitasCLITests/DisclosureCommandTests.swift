@testable import EquitasCLI
import EquitasCore
import EquitasFixtures
import Foundation
import Testing

/// Issue 16's "done when": `equitas paygap FILE --by ethnicity --format json` on a list
/// with a group of 15 staff and one bonus recipient, and the equality information report
/// from the same list.
@Suite("equitas paygap: disclosure control")
struct DisclosureCommandTests {
    func render(format: String, threshold: Int = 10, small: Bool = false) throws -> String {
        try PayGapOutput.render(
            staff: DisclosureExample.csv(small: small), named: "staff.csv", mapping: nil, snapshot: DisclosureExample.snapshot, format: format,
            by: "ethnicity", control: try DisclosureControl(threshold: threshold))
    }

    @Test("json: no bonus gap for the 15, no quartile share of fewer than 10, no hidden share standing for one group, the rule stated")
    func json() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try render(format: "json").utf8)) as? [String: Any])
        let groups = try #require(object["groups"] as? [[String: Any]])
        let black = try #require(groups.first { $0["group"] as? String == "Black" })
        #expect(black["employees"] as? Int == 15)
        #expect(black["mean_bonus_gap"] == nil && black["median_bonus_gap"] == nil && black["bonus_proportion"] == nil)
        let withheld = try #require(black["withheld"] as? [[String: String]])
        #expect(withheld.contains { $0["figure"] == "mean_bonus_gap" && $0["reason"]!.contains("fewer than 10") })
        let suppressed = groups.filter { $0["suppressed"] as? Bool == true }
        #expect(suppressed.count != 1, "a lone suppressed group would be given back by subtraction")
        #expect(suppressed.allSatisfy { ($0["reason"] as? String)?.contains("fewer than 10") == true })

        // Quartiles: 4 bands over the disclosed staff on full pay; each shown share is 0 or at least 10 people.
        let onFullPay = DisclosureExample.records.filter { $0.fullPay && $0.ethnicity.disclosed != nil }.count
        let sizes = PayQuartiles.bandSizes(count: onFullPay)
        let bands = try #require(object["quartiles"] as? [[String: Double]])
        let pooled = DisclosureControl.standard.pooledLabel
        for (band, size) in zip(bands, sizes) {
            for (group, share) in band where group != pooled {
                let people = share * Double(size) / 100
                #expect(people < 0.5 || people > 9.5, "\(group): \(share)% of \(size)")
            }
        }
        let hidden = try #require(object["quartiles_withheld"] as? [[String]])
        #expect(hidden.allSatisfy { $0.isEmpty || $0.count >= 2 })
        #expect(zip(bands, hidden).allSatisfy { band, names in names.isEmpty == (band[pooled] == nil) })

        let control = try #require(object["disclosure_control"] as? [String: Any])
        #expect(control["threshold"] as? Int == 10)
        #expect((control["rule"] as? String)?.contains("fewer than 10 people") == true)
    }

    @Test("text says \"fewer than 10\" where figures are held back and states the rule")
    func text() throws {
        let lines = try render(format: "text").split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Black: 15 employees") && $0.contains("paid a bonus not published (fewer than 10 rule)") })
        #expect(lines.contains { $0.hasPrefix("  bonus gap mean not published (fewer than 10 rule)") })
        #expect(lines.last?.hasPrefix("Disclosure control: No count, share or figure about fewer than 10 people") == true)
    }

    @Test("--by sex states its rule too: json carries disclosure_control, text ends with it, gpg-csv is unchanged")
    func sex() throws {
        func render(_ format: String) throws -> String {
            try PayGapOutput.render(
                staff: DisclosureExample.csv(), named: "staff.csv", mapping: nil, snapshot: DisclosureExample.snapshot, format: format, by: "sex")
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try render("json").utf8)) as? [String: Any])
        let control = try #require(object["disclosure_control"] as? [String: Any])
        #expect(control["threshold"] as? Int == 10)
        #expect((control["rule"] as? String)?.contains("The statutory gender pay gap is published in full") == true)
        #expect(try render("text").split(separator: "\n").last?.hasPrefix("Disclosure control: ") == true)
        let csv = try render("gpg-csv")
        #expect(!csv.contains("Disclosure") && !csv.contains("disclosure"))
    }

    @Test("--threshold below 5 is refused, naming the floor")
    func threshold() throws {
        #expect(throws: (any Error).self) {
            try PayGapCommand.parse(["staff.csv", "--snapshot", "2026-03-31", "--by", "ethnicity", "--threshold", "4"])
        }
        let lines = try render(format: "text", threshold: 5).split(separator: "\n").map(String.init)
        #expect(lines.last?.contains("fewer than 5 people") == true)
    }

    @Test("the equality information report agrees: the same groups hidden, no bonus gap for the 15")
    func reportAgrees() throws {
        let records = DisclosureExample.records(small: true)
        let input = EqualityInformationInput(
            organisationName: "Example Council", date: DisclosureExample.snapshot,
            snapshots: [.init(snapshot: WorkforceSnapshot(organisationId: UUID(), date: DisclosureExample.snapshot, staffCount: records.count), records: records)],
            communityProfile: nil, impactAssessments: [])
        let document = EqualityInformationReportBuilder.build(input)
        let section = try #require(document.sections.first { $0.id == "pay-gaps" }?.subsections.first { $0.id == "pay-gap-ethnicity" })
        let tables = section.blocks.compactMap { block -> ReportTable? in if case .table(let table) = block { return table }; return nil }
        let byGroup = try #require(tables.first)
        let withheld = DisclosureControl.standard.withheldText
        let black = try #require(byGroup.rows.first { $0.first == "Black" })
        #expect(black[1] == "15" && black[4] == withheld && black[5] == withheld)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try render(format: "json", small: true).utf8)) as? [String: Any])
        let hiddenInJSON = Set((object["groups"] as? [[String: Any]] ?? []).filter { $0["suppressed"] as? Bool == true }.compactMap { $0["group"] as? String })
        let hiddenInReport = Set(byGroup.rows.filter { $0[1] == withheld }.map { $0[0] })
        #expect(hiddenInJSON == hiddenInReport && !hiddenInJSON.isEmpty)
        // The profile hides the same groups, and the report states the rule.
        let profile = try #require(document.sections.first { $0.id == "workforce" }?.subsections.first { $0.id == "workforce-ethnicity" })
        guard case .table(let profileTable) = profile.blocks[0] else { Issue.record("no profile table"); return }
        #expect(Set(profileTable.rows.filter { $0[1] == withheld }.map { $0[0] }) == hiddenInJSON)
        let about = try #require(document.sections.first { $0.id == "about-this-information" })
        #expect(about.blocks.contains { if case .paragraph(let text) = $0 { return text.contains(DisclosureControl.standard.rule) }; return false })
    }
}
