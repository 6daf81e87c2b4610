import EquitasCore
import Foundation
import Testing

@Suite("Differences between report versions")
struct ReportDiffTests {
    @Test("lists findings and recommendations added, removed and changed, by id")
    func changes() throws {
        let old = try TrailFixture.record()
        var new = old
        new.findings[0].value.text = "The profile is shared with partners too."
        new.findings[1].value.organisationId = nil
        new.findings[1].value.theme = "Access"
        let removed = new.findings.remove(at: 3)
        let added = Identified(id: UUID(), value: Finding(module: "leadership", kind: .strength, text: "Visible leadership."))
        new.findings.append(added)
        new.recommendations[2].value.number = 4
        new.recommendations.remove(at: 1)

        let diff = ReportDiff(from: old, to: new)

        #expect(diff.findings.added == [added])
        #expect(diff.findings.removed == [removed])
        #expect(diff.findings.changed.map(\.id) == [old.findings[0].id, old.findings[1].id])
        #expect(diff.findings.changed.map(\.fields) == [["text"], ["organisation_id", "theme"]])
        #expect(diff.findings.changed[0].before.text == old.findings[0].value.text)
        #expect(diff.findings.changed[0].after.text == "The profile is shared with partners too.")
        #expect(diff.recommendations.removed.map(\.id) == [old.recommendations[1].id])
        #expect(diff.recommendations.changed.map(\.fields) == [["number"]])
        #expect(diff.recommendations.added.isEmpty)
    }

    @Test("identical records differ in nothing, and every finding field counts")
    func fields() throws {
        let record = try TrailFixture.record()
        let base = Finding(module: "communities", kind: .quote, text: "a", organisationId: nil, attribution: "Partner", theme: "t")
        var every = base
        every.module = "leadership"
        every.kind = .strength
        every.text = "b"
        every.organisationId = UUID()
        every.attribution = "Officer"
        every.theme = nil

        #expect(ReportDiff(from: record, to: record).isEmpty)
        #expect(Finding.changedFields(from: base, to: every) == ["module", "kind", "text", "organisation_id", "attribution", "theme"])
        #expect(Recommendation.changedFields(from: Recommendation(number: 1, text: "a"), to: Recommendation(number: 1, module: "x", text: "a")) == ["module"])
    }

    @Test("travels as snake_case JSON")
    func json() throws {
        var new = try TrailFixture.record()
        let old = new
        new.findings[0].value.text = "Changed."

        let data = try JSONCoding.encoder().encode(ReportDiff(from: old, to: new))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

        let findings = try #require(object["findings"] as? [String: Any])
        let changed = try #require(findings["changed"] as? [[String: Any]])
        #expect(changed.first?["fields"] as? [String] == ["text"])
        #expect((changed.first?["after"] as? [String: Any])?["text"] as? String == "Changed.")
        #expect(try JSONCoding.decoder().decode(ReportDiff.self, from: data) == ReportDiff(from: old, to: new))
    }
}
