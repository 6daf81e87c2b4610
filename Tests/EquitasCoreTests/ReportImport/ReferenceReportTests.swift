import EquitasCore
import Foundation
import Testing

/// The two real reports in ../shared/reference, against what a careful reader counts in
/// them. Each test passes, saying why, where the folder is absent (a fresh clone).
@Suite("Importing the reference reports")
struct ReferenceReportTests {
    typealias Counts = [String: [String: Int]]

    func recognise(_ name: String) throws -> ReportImportResult? {
        guard let text = ReferenceReports.text(name) else { return nil }
        return try ReportRecogniser.recognise(text: text, catalog: ImportFrameworks.catalog)
    }

    /// Each area's count of each kind within one of the reader's.
    func expectCounts(_ result: ReportImportResult, _ expected: Counts, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = ReferenceReports.counts(result)
        for (module, kinds) in expected {
            for (kind, count) in kinds {
                let got = found[module]?[kind] ?? 0
                #expect(abs(got - count) <= 1, "\(module) \(kind): expected \(count), recognised \(got)", sourceLocation: sourceLocation)
            }
        }
        print(ReferenceReports.accuracy(result, expected))
    }

    @Test("2009: a joint challenge of two councils, concluded on the Equality Standard (level 3) and the Framework (Achieving)")
    func report2009() throws {
        guard let result = try recognise("report-2009-joint-achieving.txt") else { return }
        let document = result.document

        #expect(document.framework == "eflg-2011")
        #expect(document.organisations.map(\.name) == ["High Peak Borough Council", "Staffordshire Moorlands District Council"])
        #expect(document.organisations.map(\.type) == ["borough-council", "district-council"])
        #expect(document.start == CalendarDate("2009-03-17"))
        #expect(document.end == CalendarDate("2009-03-18"))
        #expect(document.level == "achieving")
        #expect(document.team.map(\.name) == ["Councillor Laura Willoughby M.B.E", "Councillor Eunice Campbell", "Julian Horsler", "Abid Hussain"])
        #expect(document.team.map(\.organisation) == [
            "London Borough of Islington", "City of Nottingham Council", "Barnsley Metropolitan Borough Council", "Milton Keynes Council",
        ])
        #expect(document.team.map(\.role) == ["councillor-peer", "councillor-peer", "officer-peer", "officer-peer"])
        // Section 3 (strengths, in the Equality Standard's four areas) and section 4 (key
        // issues to progress, in the EFLG's five areas), as a reader counts them.
        expectCounts(result, [
            "knowing-communities": ["strength": 0, "area-for-consideration": 3],
            "leadership": ["strength": 15, "area-for-consideration": 15],
            "engagement": ["strength": 19, "area-for-consideration": 11],
            "services": ["strength": 7, "area-for-consideration": 5],
            "workforce": ["strength": 10, "area-for-consideration": 6],
        ])
        // Joint strengths and each council's, per area: 3.1 is 10/3/2, 3.2 is 4/8/7, 3.3 is 4/2/1.
        let strengths = document.findings.filter { $0.kind == "strength" }
        func owners(_ module: String) -> [Int] {
            [nil, "High Peak Borough Council", "Staffordshire Moorlands District Council"].map { owner in
                strengths.filter { $0.module == module && $0.organisation == owner }.count
            }
        }
        #expect(owners("leadership") == [10, 3, 2])
        #expect(owners("engagement") == [4, 8, 7])
        #expect(owners("services") == [4, 2, 1])
        #expect(owners("workforce") == [10, 0, 0])
        #expect(document.recommendations.isEmpty)
        #expect(document.conclusion?.hasPrefix("High Peak Borough Council & Staffordshire Moorlands District Council completed a satisfactory self-assessment") == true)
        // It concluded on both: level 3 of the Equality Standard (the challenge's second
        // level) and "achieving" under the Framework, whose areas hold the findings.
        #expect(document.secondLevel == .init(framework: "equality-standard", frameworkVersion: "2006", level: "level-3", judgement: "confirmed"))
        #expect(!result.warnings.contains { $0.contains("Equality Standard") })
        let valid = try document.validated(against: ImportFrameworks.catalog)
        #expect(valid.secondLevel?.level == "level-3")
    }

    @Test("2012: one council, numbered findings with sub-bullets, innovative projects, signposts and the council's comments")
    func report2012() throws {
        guard let result = try recognise("report-2012-achieving-with-council-comments.txt") else { return }
        let document = result.document

        #expect(document.framework == "eflg-2011")
        #expect(document.organisations.map(\.name) == ["Oxford City Council"])
        #expect(document.organisations.first?.type == "city-council")
        #expect(document.level == "achieving")
        // The report does not say when the team was on site.
        #expect(document.start == nil)
        #expect(result.warnings.contains("no dates of the on-site visit were found"))
        #expect(document.team.map(\.name) == ["Councillor Bryony Rudkin", "Alima Qureshi", "Rex Webb", "Becca Singh"])
        #expect(document.team.map(\.role) == ["councillor-peer", "officer-peer", "officer-peer", "review-manager"])
        #expect(document.team[2].organisation == "Wiltshire Fire & Rescue Service, Wiltshire Police")
        expectCounts(result, [
            "knowing-communities": ["strength": 5, "area-for-consideration": 4],
            "leadership": ["strength": 5, "area-for-consideration": 4],
            "engagement": ["strength": 10, "area-for-consideration": 4],
            "services": ["strength": 14, "area-for-consideration": 5],
            "workforce": ["strength": 9, "area-for-consideration": 6],
        ])
        // Section 5 has 12 innovative projects and section 6 eleven signposts; they sit
        // under no area, so their modules are guesses flagged for review.
        #expect(document.findings.filter { $0.kind == "good-practice" }.count == 12)
        #expect(document.findings.filter { $0.kind == "signpost" }.count == 11)
        let guessed = document.findings.indices.filter { ["good-practice", "signpost"].contains(document.findings[$0].kind) }
        #expect(guessed.allSatisfy { result.item("findings[\($0)]")?.needsReview == true })
        // Sub-bullets belong to their numbered finding.
        #expect(document.findings.contains { $0.text.hasPrefix("Community mapping of East Oxford Area: acknowledgement that the community is fluid") })
        #expect(document.recommendations.map(\.number) == [1, 2, 3, 4])
        #expect(document.recommendations[2].text.contains("An internal equality forum could provide this"))
        #expect(document.conclusion?.hasPrefix("Oxford City Council has completed a satisfactory self-assessment") == true)
        #expect(!document.findings.contains { $0.text.contains("\u{FFFD}") })
        // The council's thirty comments on the draft: kept as comments on draft 1, which is
        // dated by the latest date the report mentions (it gives no dates of the visit),
        // each noted, since the report prints no response to any of them.
        let draft = try #require(document.reportVersions?.first)
        #expect(document.reportVersions?.count == 1)
        #expect(draft.kind == "draft")
        #expect(draft.issuedOn == CalendarDate("2012-02-13"))
        #expect(draft.comments.count == 30)
        #expect(draft.comments.allSatisfy { $0.resolution?.outcome == "noted" && $0.finding == nil && $0.section == nil })
        #expect(draft.comments.first?.text == "Need to change OCC for Oxford City Council or the Council. OCC often confused for Oxfordshire County Council")
        #expect(draft.comments.last?.text.hasPrefix("Worth following this up.") == true)
        #expect(!draft.comments.contains { $0.text.contains("\u{FFFD}") })
        #expect(result.warnings.contains { $0.contains("dated 13 February 2012") })
        let valid = try document.validated(against: ImportFrameworks.catalog)
        #expect(valid.reportVersions?.first?.comments.count == 30)
    }
}
