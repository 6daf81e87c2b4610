import EquitasCore
import Foundation
import Testing

@Suite("Equality information report")
struct EqualityInformationReportBuilderTests {
    static func section(_ document: ReportDocument, _ id: String) -> ReportSection? {
        func find(_ sections: [ReportSection]) -> ReportSection? {
            for section in sections {
                if section.id == id { return section }
                if let found = find(section.subsections) { return found }
            }
            return nil
        }
        return find(document.sections)
    }

    static func text(_ section: ReportSection?) -> String {
        guard let section else { return "" }
        let blocks = section.blocks.map { block -> String in
            switch block {
            case .paragraph(let text), .emphasis(let text): text
            case .bullets(let items): items.map(\.text).joined(separator: "\n")
            case .table(let table): ([table.caption] + table.header + table.rows.flatMap { $0 }).joined(separator: "|")
            case .comparison(let chart): chart.textAlternative
            default: ""
            }
        }
        return (blocks + section.subsections.map(text)).joined(separator: "\n")
    }

    @Test("every section, about the newest snapshot, with trends across both")
    func sections() {
        let document = EqualityInformationReportBuilder.build(EqualityReportExample.full)
        #expect(document.sections.map(\.id) == ["introduction", "workforce", "grades", "pay-gaps", "trends", "impact-assessments", "about-this-information"])
        #expect(document.titlePage.dates == "Staff figures at 31 March 2026")
        #expect(document.properties.title == "Equality information: Wyvern Vale District Council, 30 April 2026")
        #expect(Self.text(Self.section(document, "workforce")).contains("On 31 March 2026 we had 30 members of staff."))
    }

    @Test("each characteristic: a table with the community beside it, a comparison chart, and the disclosure rate")
    func characteristic() throws {
        let document = EqualityInformationReportBuilder.build(EqualityReportExample.full)
        let sex = try #require(Self.section(document, "workforce-sex"))
        guard case .table(let table) = sex.blocks[0] else { Issue.record("no table first"); return }
        #expect(table.header == ["Group", "Staff", "Share of those who told us", "Share of Wyvern Vale", "Difference"])
        // 18 women and 12 men of 30: 60.0 and 40.0 against 51.2 and 48.8.
        #expect(table.rows[0] == ["Female", "18", "60.0%", "51.2%", "+8.8 points"])
        #expect(table.rows[1] == ["Male", "12", "40.0%", "48.8%", "-8.8 points"])
        let chart = try #require(sex.blocks.compactMap { if case .comparison(let chart) = $0 { chart } else { nil } }.first)
        #expect(chart.series == ["Our staff", "Wyvern Vale"])
        #expect(chart.rows.map(\.values) == [[60, Decimal(string: "51.2")], [40, Decimal(string: "48.8")]])
        #expect(Self.text(sex).contains("100.0% of our staff told us their sex (30 of 30)."))
        // Disability: 29 of 30 = 96.7; nobody under the threshold here.
        #expect(Self.text(Self.section(document, "workforce-disability")).contains("96.7% of our staff told us their disability"))
    }

    @Test("a characteristic under the threshold is flagged in words")
    func lowDisclosure() {
        let records = EqualityReportExample.records().enumerated().map { index, record in
            var copy = record
            if index < 6 { copy.disability = .notKnown }
            return copy
        }
        let document = EqualityInformationReportBuilder.build(EqualityReportExample.input(snapshots: [EqualityReportExample.snapshot(EqualityReportExample.date, records)]))
        // 18 of 24 = 75.0%.
        let text = Self.text(Self.section(document, "workforce-disability"))
        #expect(text.contains("75.0% of our staff told us their disability (18 of 24)"))
        #expect(text.contains("This is below the 80.0% we aim for"))
        #expect(Self.text(Self.section(document, "introduction")).contains("Fewer than 80.0% of staff told us their disability"))
    }

    @Test("pay gaps: statutory gender figures, ethnicity with the small group suppressed, disability")
    func payGaps() {
        let document = EqualityInformationReportBuilder.build(EqualityReportExample.full)
        let sex = Self.text(Self.section(document, "pay-gap-sex"))
        // (20 − 16) ÷ 20 = 20.0%.
        #expect(sex.contains("Mean hourly pay gap|20.0%") && sex.contains("Median hourly pay gap|20.0%"))
        let ethnicity = Self.text(Self.section(document, "pay-gap-ethnicity"))
        #expect(ethnicity.contains("Asian|not published (fewer than 10 rule)|not published (fewer than 10 rule)"))
        #expect(ethnicity.contains("groups not published (fewer than 10 rule)"))
        #expect(ethnicity.contains("compared with White British"))
        // The quartiles go out as a table, or, when every share is hidden, as a sentence saying so: never both.
        #expect(ethnicity.contains("share of each pay quartile") != ethnicity.contains(DisclosureControl.standard.everyShareHiddenText))
    }

    @Test("one snapshot: no trends; no community profile: said so; no snapshots: said so")
    func gracefully() {
        let one = EqualityInformationReportBuilder.build(EqualityReportExample.input(
            snapshots: [EqualityReportExample.snapshot(EqualityReportExample.date, EqualityReportExample.records())], community: nil))
        #expect(Self.section(one, "trends") == nil)
        #expect(Self.text(Self.section(one, "workforce")).contains("We have no community profile for our area yet"))
        #expect(Self.section(one, "workforce-sex")?.blocks.contains { if case .comparison = $0 { true } else { false } } == false)
        let none = EqualityInformationReportBuilder.build(EqualityReportExample.input(snapshots: []))
        #expect(none.sections.map(\.id) == ["introduction", "impact-assessments", "about-this-information"])
        #expect(Self.text(Self.section(none, "introduction")).contains("no staff list has been loaded"))
    }

    @Test("the register: counts by outcome, overdue reviews, and the published ones with negative impacts and mitigations")
    func register() {
        let document = EqualityInformationReportBuilder.build(EqualityReportExample.full)
        let text = Self.text(Self.section(document, "impact-assessments"))
        #expect(text.contains("Our register holds 3 assessments, of which 1 is published."))
        #expect(text.contains("No major change|1") && text.contains("Adjust the proposal|1") && text.contains("Not yet decided|1"))
        #expect(text.contains("Library opening hours (Libraries): review was due on 1 March 2026"))
        #expect(text.contains("Age: Older readers use Monday sessions."))
        #expect(text.contains("What we will do about them: A mobile library visits on Mondays."))
        #expect(!text.contains("Parking charges (Highways)"))
    }

    @Test("trends: a table and a chart per characteristic across the snapshots")
    func trends() throws {
        let document = EqualityInformationReportBuilder.build(EqualityReportExample.full)
        let sex = try #require(Self.section(document, "trends-sex"))
        let chart = try #require(sex.blocks.compactMap { if case .comparison(let chart) = $0 { chart } else { nil } }.first)
        #expect(chart.series == ["31 March 2025", "31 March 2026"])
        // Women 12 of 24 then 18 of 30.
        #expect(chart.rows.first == ComparisonChart.Row(label: "Female", values: [50, 60]))
        #expect(Self.text(Self.section(document, "trends")).contains("31 March 2025|24|20.0%|20.0%"))
    }
}
