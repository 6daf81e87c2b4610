import EquitasCore
import Foundation
import Testing

@Suite("Importing reports of other shapes")
struct SyntheticReportTests {
    func recognise(_ text: String) throws -> ReportImportResult {
        try ReportRecogniser.recognise(text: text, catalog: ImportFrameworks.catalog)
    }

    func count(_ result: ReportImportResult, _ module: String, _ kind: String) -> Int {
        result.document.findings.filter { $0.module == module && $0.kind == kind }.count
    }

    @Test("an EFLG 2021 report: four modules, a team table, quotes, recommendations")
    func fourModules() throws {
        let result = try recognise(SyntheticReports.fourModules)
        let document = result.document

        #expect(document.framework == "eflg-2021")
        #expect(result.item("framework")?.needsReview == false)
        #expect(document.organisations.map(\.name) == ["Northbridge City Council"])
        #expect(document.level == "excellent")
        #expect(document.start == CalendarDate("2024-11-04"))
        #expect(document.end == CalendarDate("2024-11-06"))
        #expect(document.team.map(\.role) == ["lead-peer", "officer-peer", "review-manager", "shadow-peer"])
        #expect(document.team[0].jobTitle == "Cabinet Member for Communities")
        #expect(count(result, "communities", "strength") == 2)
        #expect(count(result, "communities", "area-for-consideration") == 1)
        #expect(count(result, "leadership", "area-for-consideration") == 2)
        #expect(count(result, "services", "good-practice") == 1)
        #expect(count(result, "workforce", "strength") == 1)
        let quote = try #require(document.findings.first { $0.kind == "quote" })
        #expect(quote.text == "The council knows our neighbourhood better than we do.")
        #expect(quote.attribution == "Partner organisation")
        #expect(document.recommendations.map(\.number) == [1, 2, 3])
        #expect(document.conclusion == "Northbridge City Council has completed a satisfactory self-assessment at the Excellent level.")
        _ = try document.validated(against: ImportFrameworks.catalog)
    }

    @Test("a slide deck: module and kind in each title, continued slides merged")
    func slideDeck() throws {
        let result = try recognise(SyntheticReports.slideDeck)
        let document = result.document

        #expect(document.framework == "eflg-2021")
        #expect(document.organisations.map(\.name) == ["Eastmere County Council"])
        #expect(document.team.map(\.role) == ["councillor-peer", "review-manager"])
        #expect(count(result, "communities", "strength") == 3)
        #expect(count(result, "communities", "area-for-consideration") == 1)
        #expect(count(result, "workforce", "strength") == 3)
        #expect(count(result, "workforce", "area-for-consideration") == 1)
        #expect(document.findings.count == 8)
    }

    @Test("roman-numbered lists, bold numbered headings, per-council strengths and synonyms")
    func romanLists() throws {
        let result = try recognise(SyntheticReports.romanLists)
        let document = result.document

        #expect(document.framework == "eflg-2011")
        #expect(document.organisations.map(\.name) == ["Ashford Vale District Council", "Kenmoor Borough Council"])
        #expect(document.start == CalendarDate("2015-06-02"))
        #expect(document.end == CalendarDate("2015-06-03"))
        #expect(document.level == "achieving")
        #expect(document.team.map(\.name) == ["Councillor Mary Stone", "Tom Green"])
        let knowing = document.findings.filter { $0.module == "knowing-communities" }
        #expect(knowing.filter { $0.kind == "strength" && $0.organisation == nil }.count == 2)
        #expect(knowing.filter { $0.kind == "strength" && $0.organisation == "Kenmoor Borough Council" }.count == 1)
        #expect(knowing.filter { $0.kind == "area-for-consideration" }.count == 3)
        #expect(document.findings.filter { $0.module == "workforce" && $0.organisation == "Ashford Vale District Council" }.count == 1)
        #expect(count(result, "workforce", "area-for-consideration") == 1)
        _ = try document.validated(against: ImportFrameworks.catalog)
    }

    @Test("a report on the Equality Standard alone: its four areas, level 3 as the level, no second level")
    func equalityStandardAlone() throws {
        let result = try recognise(SyntheticReports.equalityStandard)
        let document = result.document

        #expect(document.framework == "equality-standard")
        #expect(document.level == "level-3")
        #expect(document.secondLevel == nil)
        #expect(Set(document.findings.map(\.module)) == ["leadership", "engagement", "services", "employment"])
        #expect(result.warnings == ["no dates of the on-site visit were found"])
        _ = try document.validated(against: ImportFrameworks.catalog)
    }

    @Test("a 2008-09 report that concluded on both: the Framework's level, and the Standard's as the second level")
    func standardAndFramework() throws {
        let text = SyntheticReports.equalityStandard.replacingOccurrences(
            of: "The assessment was at level 3 of the Equality Standard for Local Government.",
            with: """
                The council completed a satisfactory self-assessment at level 2 of the Equality Standard.

                The council is "developing" under the Equality Framework for Local Government.
                """)
        let result = try recognise(text)
        let document = result.document

        #expect(document.framework == "eflg-2011")
        #expect(document.level == "developing")
        #expect(document.secondLevel == .init(framework: "equality-standard", frameworkVersion: "2006", level: "level-2", judgement: "confirmed"))
        #expect(result.item("second_level")?.needsReview == false)
        let valid = try document.validated(against: ImportFrameworks.catalog)
        #expect(valid.secondLevel?.level == "level-2")
    }

    @Test("a report whose areas match no bundled framework says so with a low confidence")
    func noMatchingFramework() throws {
        let result = try recognise(SyntheticReports.noFramework)

        let framework = try #require(result.item("framework"))
        #expect(framework.confidence < 0.6)
        #expect(framework.needsReview)
        #expect(result.warnings.contains { $0.contains("match no bundled framework") })
    }

    @Test("too little text is refused")
    func tooLittle() {
        #expect(throws: ValidationFailure.self) { try recognise("Hello") }
    }
}

extension SyntheticReportTests {
    @Test("hard-wrapped Markdown: wrapped list items and paragraph findings stay whole")
    func hardWrapped() throws {
        let result = try recognise(SyntheticReports.hardWrapped)
        let document = result.document

        #expect(document.organisations.map(\.name) == ["Lowfield Borough Council"])
        #expect(document.start == CalendarDate("2019-09-30"))
        #expect(document.end == CalendarDate("2019-10-01"))
        #expect(document.level == "achieving")
        let strengths = document.findings.filter { $0.module == "services" && $0.kind == "strength" }
        #expect(strengths.map(\.text) == [
            "Customer services staff have been trained to spot hidden disabilities and Lowfield's contact centre now offers a call-back service in four languages.",
            "The housing team rewrote its letters in plain English with tenants.",
        ])
        let areas = document.findings.filter { $0.module == "services" && $0.kind == "area-for-consideration" }
        #expect(areas.count == 2)
        #expect(areas.first?.text.hasSuffix("published on the council's website for residents.") == true)
        #expect(count(result, "workforce", "strength") == 1)
    }
}

extension SyntheticReportTests {
    @Test("lists under an area with no kind heading: kinds guessed from the wording and flagged")
    func noKindHeadings() throws {
        let result = try recognise(SyntheticReports.noKindHeadings)
        let findings = result.document.findings

        #expect(findings.map(\.kind) == ["strength", "area-for-consideration", "area-for-consideration", "strength"])
        #expect(findings.map(\.module) == ["knowing-communities", "knowing-communities", "knowing-communities", "workforce"])
        #expect(result.needingReview.filter { $0.path.hasPrefix("findings") }.count == 4)
        #expect(result.warnings.contains("4 findings had no heading saying what kind they are; their kind was guessed from the wording"))
    }
}

extension SyntheticReportTests {
    @Test("numbered sections, numbered paragraphs, quotes in the text, 'Recommendation N:' paragraphs")
    func numberedSections() throws {
        let result = try recognise(SyntheticReports.numberedSections)
        let document = result.document

        #expect(document.organisations.map(\.name) == ["Greyford Metropolitan Borough Council"])
        #expect(document.organisations.first?.type == "metropolitan-borough")
        #expect(document.start == CalendarDate("2013-05-14"))
        #expect(document.level == "excellent")
        #expect(count(result, "engagement", "strength") == 2)
        #expect(count(result, "engagement", "area-for-consideration") == 1)
        #expect(document.findings.first?.text == "The citizens' panel reflects the borough's make-up and meets every quarter.")
        let quote = try #require(document.findings.first { $0.kind == "quote" })
        #expect(quote.text == "They listen to us now")
        #expect(quote.attribution == "A tenants' association")
        #expect(document.recommendations.map(\.number) == [1, 2])
        #expect(document.recommendations.first?.text == "Publish a \"you said, we did\" page after every consultation.")
    }
}
