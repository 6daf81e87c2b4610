@testable import EquitasCore
import EquitasFixtures
import Foundation
import Testing

@Suite("Progress report for a committee")
struct ProgressReportBuilderTests {
    static func build(asOf: CalendarDate = MonitoringFixture.asOf, since: CalendarDate? = MonitoringFixture.since) throws -> ReportDocument {
        ProgressReportBuilder.build(
            record: MonitoringFixture.record, vocabulary: MonitoringFixture.vocabulary,
            organisationName: "Wyvern Vale District Council", asOf: asOf, since: since)
    }

    static func section(_ id: String, in sections: [ReportSection]) -> ReportSection? {
        for section in sections {
            if section.id == id { return section }
            if let found = self.section(id, in: section.subsections) { return found }
        }
        return nil
    }

    static func tables(_ section: ReportSection?) -> [ReportTable] {
        section?.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } } ?? []
    }

    static func bullets(_ section: ReportSection?) -> [String] {
        section?.blocks.flatMap { block -> [String] in
            if case .bullets(let items) = block { items.map(\.text) } else { [] }
        } ?? []
    }

    static func paragraphs(_ section: ReportSection?) -> [String] {
        section?.blocks.compactMap { if case .paragraph(let text) = $0 { text } else { nil } } ?? []
    }

    @Test("title page: the kind of report, the council, the plan, the date, the period")
    func titlePage() throws {
        let report = try Self.build()
        #expect(report.titlePage.kicker == "Action plan progress report")
        #expect(report.titlePage.organisations == ["Wyvern Vale District Council"])
        #expect(report.titlePage.framework == "Equality action plan 2021")
        #expect(report.titlePage.dates == "Position at 30 June 2022")
        #expect(report.titlePage.versionLabel == "Progress since 31 March 2022")
        #expect(report.properties.date == MonitoringFixture.asOf && report.properties.author == "Wyvern Vale District Council")
        #expect(report.sections.map(\.id) == ["summary", "changes", "overdue", "due-soon", "items"])
        #expect(Self.section("changes", in: report.sections)?.title == "What changed since 31 March 2022")
    }

    @Test("summary in plain words, the status chart, tables by module and by lead")
    func summary() throws {
        let summary = Self.section("summary", in: try Self.build().sections)
        #expect(Self.paragraphs(summary) == [
            "Of 8 actions at 30 June 2022, 1 is complete, 2 are on track, 1 is at risk, 1 is off track, 2 have not started "
                + "and 1 has been closed as not needed. 2 are overdue: past their due date and not finished.",
            "The plan has 4 items: 1 agreed, 1 agreed with a different approach and 1 not agreed; 1 is not yet answered.",
            "The plan is monitored by the Equalities Working Group.",
        ])
        let chart = try #require(summary?.blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }.first)
        #expect(chart.bars.map(\.value) == [2, 2, 1, 1, 1, 1])
        #expect(chart.bars.map(\.tone) == [.neutral, .positive, .caution, .negative, .complete, .neutral])
        #expect(chart.textAlternative == "Bar chart of 8 actions by status: Not started 2, On track 2, At risk 1, Off track 1, Complete 1, Closed as not needed 1.")

        let tables = Self.tables(summary)
        #expect(tables.map(\.caption) == ["Actions by module at 30 June 2022", "Actions by lead officer at 30 June 2022"])
        #expect(tables[0].header == ["Module", "Actions", "Not started", "On track", "At risk", "Off track", "Complete", "Closed as not needed", "Overdue"])
        #expect(tables[0].rows[2] == ["No module", "3", "1", "1", "0", "1", "0", "0", "1"])
        #expect(tables[1].rows.map { $0[0] } == ["Adam Cole", "Émile Dubois", "Rachel Barker", "No lead"])
        #expect(tables[1].rows[0] == ["Adam Cole", "2", "0", "0", "1", "1", "0", "0", "2"])
    }

    @Test("what changed: status moves with from and to, every new update, the newly overdue")
    func changes() throws {
        let report = try Self.build()
        #expect(Self.paragraphs(Self.section("changes", in: report.sections)) == [
            "Between 31 March 2022 and 30 June 2022: 3 status changes, 4 new updates and 2 actions newly overdue. "
                + "The tables of actions below mark each action that changed.",
        ])
        #expect(Self.bullets(Self.section("status-changes", in: report.sections)) == [
            "1.1 Publish workforce data — Not started → On track (12 May 2022)",
            "1.2 Refresh equality training — On track → At risk (20 April 2022)",
            "2.1 Run residents survey — On track → Complete (12 May 2022)",
        ])
        #expect(Self.bullets(Self.section("new-updates", in: report.sections)) == [
            "1.1 Publish workforce data — 12 May 2022, Jo Officer: Analysis started",
            "1.2 Refresh equality training — 20 April 2022, Jo Officer: Trainer not yet found",
            "2.1 Run residents survey — 12 May 2022, Jo Officer: Results published",
            "2.3 Census analysis — 1 June 2022, Jo Officer: Waiting for the census release",
        ])
        // 3.1 was due on 31 March, the day of the last report, so it fell overdue on 1 April.
        #expect(Self.bullets(Self.section("newly-overdue", in: report.sections)) == [
            "1.2 Refresh equality training — due 29 June 2022, at risk, lead: Adam Cole",
            "3.1 Procurement strategy — due 31 March 2022, off track, lead: Adam Cole",
        ])
    }

    @Test("an action already overdue at the previous report is not newly overdue")
    func alreadyOverdue() throws {
        let report = try Self.build(since: MonitoringFixture.day("2022-04-01"))
        #expect(Self.bullets(Self.section("newly-overdue", in: report.sections)).map { String($0.prefix(3)) } == ["1.2"])
    }

    @Test("every action's row: status with overdue, latest update as on the day, and the change marker")
    func itemTables() throws {
        let report = try Self.build()
        let first = try #require(Self.tables(Self.section("item-1", in: report.sections)).first)
        #expect(first.header == ["Ref", "Action", "Lead", "Timescale", "Status", "Latest update", "Changed"])
        #expect(first.rows == [
            ["1.1", "Publish workforce data", "Rachel Barker", "30 June 2022", "On track", "Analysis started (12 May 2022)", "Changed"],
            ["1.2", "Refresh equality training", "Adam Cole", "29 June 2022", "At risk — overdue", "Trainer not yet found (20 April 2022)", "Changed"],
        ])
        let second = try #require(Self.tables(Self.section("item-2", in: report.sections)).first)
        #expect(second.rows.map { $0[6] } == ["Changed", "", "New update"])
        #expect(second.rows[1][2] == "No lead" && second.rows[2][3] == "Longer term")
        // 3.1 was completed on 15 July: a report at 30 June must not know.
        let third = try #require(Self.tables(Self.section("item-3", in: report.sections)).first)
        #expect(third.rows[0] == ["3.1", "Procurement strategy", "Adam Cole",
                                  "September 2021 to March 2022 (1 September 2021 to 31 March 2022)",
                                  "Off track — overdue", "Tender delayed (1 March 2022)", ""])
        #expect(third.rows[1][5] == "None yet")
        #expect(!third.rows.flatMap { $0 }.contains { $0.contains("Strategy adopted") })
    }

    @Test("each item: number and text as heading, module, response with its rationale; no actions said so")
    func itemHeadings() throws {
        let report = try Self.build()
        let items = try #require(Self.section("items", in: report.sections))
        #expect(items.subsections.map(\.title) == [
            "1. Publish the council's workforce equality data every year.",
            "2. Ask residents about their experience of council services.",
            "3. Build equality into procurement.",
            "4. Appoint a member champion for equality.",
        ])
        #expect(Self.paragraphs(items.subsections[1]) == [
            "Module: Understanding and working with your communities",
            "Response: Agreed with a different approach. Through the residents' panel rather than a new survey.",
        ])
        #expect(Self.paragraphs(items.subsections[2]) == ["Response: not yet given."])
        #expect(Self.paragraphs(items.subsections[3]).last == "No actions yet.")
    }

    @Test("overdue and due in the next three months")
    func lists() throws {
        let report = try Self.build()
        let overdue = try #require(Self.tables(Self.section("overdue", in: report.sections)).first)
        #expect(overdue.header == ["Ref", "Action", "Lead", "Due", "Days overdue", "Status"])
        #expect(overdue.rows == [
            ["3.1", "Procurement strategy", "Adam Cole", "31 March 2022", "91", "Off track"],
            ["1.2", "Refresh equality training", "Adam Cole", "29 June 2022", "1", "At risk"],
        ])
        let soon = try #require(Self.tables(Self.section("due-soon", in: report.sections)).first)
        #expect(soon.caption == "Due from 30 June 2022 to 30 September 2022")
        #expect(soon.rows.map { [$0[0], $0[4]] } == [["1.1", "0"], ["3.2", "30"], ["3.3", "31"]])
    }

    @Test("a report as at an earlier date ignores later updates, statuses included")
    func earlierDate() throws {
        let report = try Self.build(asOf: MonitoringFixture.day("2022-04-30"))
        #expect(Self.bullets(Self.section("status-changes", in: report.sections)) == [
            "1.2 Refresh equality training — On track → At risk (20 April 2022)",
        ])
        let second = try #require(Self.tables(Self.section("item-2", in: report.sections)).first)
        #expect(second.rows[0][4] == "On track" && second.rows[0][5] == "Panel briefed (10 January 2022)" && second.rows[0][6] == "")
        #expect(Self.paragraphs(Self.section("summary", in: report.sections)).first == "Of 8 actions at 30 April 2022, 2 are on track, "
            + "1 is at risk, 1 is off track, 3 have not started and 1 has been closed as not needed. 1 is overdue: past its due date and not finished.")
    }

    @Test("a first report has no changes section and no Changed column")
    func firstReport() throws {
        let report = try Self.build(since: nil)
        #expect(report.titlePage.versionLabel == "First progress report")
        #expect(report.sections.map(\.id) == ["summary", "overdue", "due-soon", "items"])
        let first = try #require(Self.tables(Self.section("item-1", in: report.sections)).first)
        #expect(first.header.last == "Latest update" && first.rows.allSatisfy { $0.count == 6 })
    }

    @Test("the previous report must come before this one: checked for input, ignored by the builder")
    func sinceBeforeAsOf() throws {
        #expect(throws: ValidationFailure(path: "since", message: "the previous report (2022-06-30) must be dated before this one (2022-06-30)")) {
            try ProgressReportBuilder.checkPeriod(asOf: MonitoringFixture.asOf, since: MonitoringFixture.asOf)
        }
        try ProgressReportBuilder.checkPeriod(asOf: MonitoringFixture.asOf, since: MonitoringFixture.since)
        try ProgressReportBuilder.checkPeriod(asOf: MonitoringFixture.asOf, since: nil)
        #expect(try Self.build(since: MonitoringFixture.day("2022-07-01")) == (try Self.build(since: nil)))
    }

    @Test("a long recommendation is headed by its number and printed whole beneath, never cut with an ellipsis")
    func longText() throws {
        let report = ProgressReportBuilder.build(
            record: PlanFixture.record, vocabulary: PlanFixture.vocabulary, organisationName: "Wyvern Vale District Council",
            asOf: PlanFixture.asOf, since: nil)
        let items = try #require(Self.section("items", in: report.sections)).subsections
        #expect(!items.contains { $0.title.contains("…") })
        for (item, section) in zip(PlanFixture.record.items.map(\.item.value), items) {
            let flat = item.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if flat.count > ProgressReportBuilder.longestHeading {
                #expect(section.title == "Recommendation \(item.number)")
                #expect(section.blocks.first == .emphasis(item.text))
            } else {
                #expect(section.title == "\(item.number). \(flat)")
            }
        }
    }

    @Test("a gap in the item numbers is explained once, naming the numbers missing")
    func numberingGaps() {
        #expect(ProgressReportBuilder.numberingGaps([1, 2, 3]) == nil)
        #expect(ProgressReportBuilder.numberingGaps([]) == nil)
        #expect(ProgressReportBuilder.numberingGaps([1, 2, 4])?.contains("Number 3 is not in this plan") == true)
        #expect(ProgressReportBuilder.numberingGaps([2, 5])?.contains("Numbers 1, 3 and 4 are not in this plan") == true)
    }

    @Test("the 35-item plan builds, with a section for every item")
    func largePlan() throws {
        let report = ProgressReportBuilder.build(
            record: PlanFixture.record, vocabulary: PlanFixture.vocabulary, organisationName: "Wyvern Vale District Council",
            asOf: PlanFixture.asOf, since: CalendarDate(year: 2022, month: 1, day: 1)!)
        #expect(Self.section("items", in: report.sections)?.subsections.count == 35)
    }
}
