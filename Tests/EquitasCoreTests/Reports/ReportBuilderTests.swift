import EquitasCore
import Foundation
import Testing

@Suite("Building a report from a challenge")
struct ReportBuilderTests {
    static func exampleRecord() throws -> ChallengeRecord {
        let document = try ChallengeDocument.example().validated(against: .mock)
        let ids = IDSequence()
        return try document.record(directory: .fresh(for: document, newID: ids.next), newID: ids.next)
    }

    static let edition = ReportEdition.draft(number: 2, issued: CalendarDate("2025-04-01")!)

    func allSections(_ sections: [ReportSection]) -> [ReportSection] {
        sections.flatMap { [$0] + allSections($0.subsections) }
    }

    @Test("sections follow the report's order and none is empty")
    func order() throws {
        let report = ReportBuilder.build(try Self.exampleRecord(), framework: .mock, edition: Self.edition)
        #expect(report.sections.map(\.id) == [
            "background", "summary", "recommendations", "module-communities", "module-leadership",
            "observations", "annex-programme", "annex-evidence",
        ])
        #expect(allSections(report.sections).allSatisfy { !$0.isEmpty })
        let ids = allSections(report.sections).map(\.id)
        #expect(Set(ids).count == ids.count, "section ids are unique")
    }

    @Test("the title page and properties say who, what, when and which version")
    func titlePage() throws {
        let report = ReportBuilder.build(try Self.exampleRecord(), framework: .mock, edition: Self.edition)
        #expect(report.titlePage.organisations == ["Ashdown District Council", "Wealdmoor Borough Council"])
        #expect(report.titlePage.framework == "Mock equality framework (2), Achieving level")
        #expect(report.titlePage.dates == "11 to 13 March 2025")
        #expect(report.titlePage.versionLabel == "Draft 2 for council comment")
        #expect(report.properties.author == "Sam Whitlock")
        #expect(report.properties.date == CalendarDate("2025-04-01"))
    }

    @Test("a joint report lists joint strengths first, then each council's, and keeps themes")
    func jointFindings() throws {
        let report = ReportBuilder.build(try Self.exampleRecord(), framework: .mock, edition: Self.edition)
        let module = try #require(report.sections.first { $0.id == "module-communities" })
        #expect(module.blocks.first == .emphasis("The self-assessment at Achieving is confirmed."))
        #expect(module.subsections.map(\.title) == [
            "Joint strengths", "Areas for consideration: Ashdown District Council", "What people told us",
        ])
        #expect(module.subsections[0].blocks.first == .emphasis("Data collection"))
        #expect(module.subsections[2].blocks == [.quote(text: "They listen, and then they come back and tell us what changed.", attribution: "Partner organisation")])
    }

    @Test("recommendations keep their numbers; a gap starts a new list at the right number")
    func numbering() throws {
        var record = try Self.exampleRecord()
        record.recommendations[2].value.number = 7
        let report = ReportBuilder.build(record, framework: .mock, edition: Self.edition)
        let section = try #require(report.sections.first { $0.id == "recommendations" })
        let starts = section.blocks.compactMap { block -> Int? in
            if case .numbered(_, let start) = block { return start }
            return nil
        }
        #expect(starts == [1, 7])
        guard case .numbered(let items, _) = section.blocks[2] else { Issue.record("expected a numbered list"); return }
        #expect(items.map(\.text) == ["Wealdmoor Borough Council: Report progress on the objectives to scrutiny twice a year."])
        #expect(items[0].anchor == record.recommendations[2].id.uuidString)
    }

    @Test("a challenge with nothing recorded prints only what it has")
    func emptySectionsLeftOut() throws {
        let document = try ChallengeDocument.minimal.validated(against: .mock)
        let ids = IDSequence()
        let record = try document.record(directory: .fresh(for: document, newID: ids.next), newID: ids.next)
        let report = ReportBuilder.build(record, framework: .mock, edition: .working(asOf: CalendarDate("2025-01-01")!))
        #expect(report.sections.map(\.id) == ["background"])
        #expect(report.titlePage.dates == nil)
        #expect(report.titlePage.versionLabel == "Working copy — not issued")
    }

    @Test("British long dates and ranges")
    func dates() {
        let start = CalendarDate("2009-03-17")!
        #expect(start.longForm == "17 March 2009")
        #expect(CalendarDate.range(start, CalendarDate("2009-03-18")) == "17 to 18 March 2009")
        #expect(CalendarDate.range(CalendarDate("2009-03-30")!, CalendarDate("2009-04-01")) == "30 March to 1 April 2009")
        #expect(CalendarDate.range(start, start) == "17 March 2009")
    }
}
