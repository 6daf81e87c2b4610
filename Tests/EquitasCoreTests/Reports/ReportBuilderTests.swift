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

    @Test("a joint report lists joint strengths first, then each council's; a theme is a numbered subsection of its own")
    func jointFindings() throws {
        let report = ReportBuilder.build(try Self.exampleRecord(), framework: .mock, edition: Self.edition)
        let module = try #require(report.sections.first { $0.id == "module-communities" })
        #expect(module.blocks.first == .emphasis("The self-assessment at Achieving is confirmed."))
        #expect(module.subsections.map(\.title) == [
            "Joint strengths", "Areas for consideration: Ashdown District Council", "What people told us",
        ])
        #expect(module.subsections[0].subsections.map(\.title) == ["Data collection"])
        #expect(module.subsections[0].subsections.first?.number.map { $0.hasPrefix(module.subsections[0].number! + ".") } == true)
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

@Suite("Numbering a report for citing, and the background in sentences")
struct ReportNumberingTests {
    func cited(_ sections: [ReportSection]) -> [String] {
        sections.flatMap { section in
            section.blocks.flatMap { block -> [String] in
                if case .cited(let items) = block { return items.compactMap(\.number) }
                return []
            } + [section.number].compactMap { $0 } + cited(section.subsections)
        }
    }

    @Test("sections and paragraphs share one count per level, so no number is used twice; annexes are not numbered")
    func unique() throws {
        let report = ReportBuilder.build(try ReportBuilderTests.exampleRecord(), framework: .mock, edition: ReportBuilderTests.edition)
        let numbers = cited(report.sections)
        #expect(Set(numbers).count == numbers.count)
        #expect(report.sections.map(\.number) == ["1", "2", "3", "4", "5", "6", nil, nil])
        let background = try #require(report.sections.first)
        guard case .cited(let first) = background.blocks.first else { Issue.record("expected numbered paragraphs"); return }
        #expect(first.first?.number == "1.1")
        // Findings keep their anchors as numbered paragraphs, so comments still point at them.
        let findings = report.sections.flatMap { $0.subsections.flatMap(\.blocks) }.flatMap { block -> [ReportItem] in
            if case .cited(let items) = block { return items }
            return []
        }
        #expect(findings.contains { $0.anchor != nil })
    }

    @Test("a plain numbering pass: paragraphs 1.1, 1.2, then subsection 1.3 with 1.3.1; plain lists and recommendations untouched")
    func pass() {
        let document = ReportDocument(
            properties: DocumentProperties(title: "T", subject: "S", author: "A", date: CalendarDate("2025-01-01")!),
            titlePage: TitlePage(kicker: "K", organisations: [], framework: "F", dates: nil, versionLabel: "V"),
            sections: [
                ReportSection(id: "a", title: "A", blocks: [.paragraph("One"), .bullets([ReportItem("plain")]), .paragraph("Two")],
                              subsections: [ReportSection(id: "b", title: "B", blocks: [.bullets([ReportItem("finding", anchor: "x")])])]),
                ReportSection(id: "annex-x", title: "Annex", blocks: [.paragraph("Not numbered")]),
            ])
        let numbered = ReportNumbering.apply(to: document)
        #expect(numbered.sections[0].blocks == [
            .cited([ReportItem("One", number: "1.1")]), .bullets([ReportItem("plain")]), .cited([ReportItem("Two", number: "1.2")]),
        ])
        #expect(numbered.sections[0].subsections[0].number == "1.3")
        #expect(numbered.sections[0].subsections[0].blocks == [.cited([ReportItem("finding", anchor: "x", number: "1.3.1")])])
        #expect(numbered.sections[1] == document.sections[1])
        #expect(numbered.sections[0].subsections[0].numberedTitle == "1.3 B")
    }

    @Test("the background opens with a sentence naming the councils, who organised the challenge and when; the programme is one table in date order")
    func background() throws {
        var record = try ReportBuilderTests.exampleRecord()
        record.programme.reverse()
        let report = ReportBuilder.build(record, framework: .mock, edition: ReportBuilderTests.edition)
        let background = try #require(report.sections.first)
        guard case .cited(let items) = background.blocks.first else { Issue.record("expected a paragraph"); return }
        let opening = try #require(items.first?.text)
        #expect(opening.hasPrefix("This report sets out the findings of the equality peer challenge of Ashdown District Council and Wealdmoor Borough Council, organised by "))
        #expect(opening.contains("carried out on site from 11 to 13 March 2025"))
        let text = ReportSection.allText(report.sections)
        #expect(!text.contains("The team met:"))
        #expect(text.contains("A peer challenge is not an inspection."))
        let annex = try #require(report.sections.first { $0.id == "annex-programme" })
        guard case .table(let table) = annex.blocks.first else { Issue.record("expected the programme table"); return }
        #expect(table.header == ["Day", "Time", "Session", "Who the team met"])
        let starts = record.programme.map(\.value.start).sorted()
        #expect(table.rows.map { $0[1].prefix(5) } == starts.map { String(format: "%02d:%02d", $0.hour, $0.minute)[...] })
    }

    @Test("the council's comments print as a last annex, each with where it was made and how it was resolved")
    func commentsAnnex() throws {
        let record = try ReportBuilderTests.exampleRecord()
        let finding = try #require(record.findings.first { $0.value.kind == .strength })
        let recommendation = try #require(record.recommendations.first)
        let comments = [
            ReportComment(version: 1, anchor: ReportAnchor(kind: .finding, id: finding.id.uuidString.lowercased()), author: "Head of Policy",
                          text: "Please name the profile.", createdAt: Date(timeIntervalSince1970: 10),
                          resolution: CommentResolution(outcome: .accepted, resolvedBy: "Sam", resolvedAt: Date(timeIntervalSince1970: 20))),
            ReportComment(version: 1, anchor: ReportAnchor(kind: .recommendation, id: recommendation.id.uuidString.lowercased()), author: "Chief Executive",
                          text: "We disagree.", createdAt: Date(timeIntervalSince1970: 30),
                          resolution: CommentResolution(outcome: .declined, reason: "The evidence stands.", resolvedBy: "Sam", resolvedAt: Date(timeIntervalSince1970: 40))),
            ReportComment(version: 1, anchor: ReportAnchor(kind: .section, id: "background"), author: "Officer", text: "Fine.", createdAt: Date(timeIntervalSince1970: 50)),
        ]
        let without = ReportBuilder.build(record, framework: .mock, edition: .final(issued: CalendarDate("2025-05-01")!))
        let with = ReportBuilder.build(record, framework: .mock, edition: .final(issued: CalendarDate("2025-05-01")!), comments: comments)
        #expect(!without.sections.contains { $0.id == "annex-comments" })
        let annex = try #require(with.sections.last)
        #expect(annex.id == "annex-comments")
        guard case .table(let table) = annex.blocks.last else { Issue.record("expected a table"); return }
        #expect(table.rows.map { $0[1] }.first?.hasPrefix("paragraph ") == true)
        #expect(table.rows.map { $0[1] }.dropFirst() == ["Recommendation \(recommendation.value.number)", "1 Background"])
        #expect(table.rows.map { $0[4] } == ["Accepted", "Declined: The evidence stands.", "Not yet resolved"])
    }

    @Test("annexes are lettered in the order printed, from A, whichever are present")
    func annexLetters() throws {
        var record = try ReportBuilderTests.exampleRecord()
        let comment = ReportComment(version: 1, anchor: .wholeReport, author: "Officer", text: "Fine.", createdAt: Date(timeIntervalSince1970: 50))
        let edition = ReportEdition.final(issued: CalendarDate("2025-05-01")!)
        let annexes = { (report: ReportDocument) in report.sections.filter { $0.id.hasPrefix("annex-") }.map(\.title) }
        let all = annexes(ReportBuilder.build(record, framework: .mock, edition: edition, comments: [comment]))
        #expect(all == ["Annex A: The programme", "Annex B: Evidence", "Annex C: The council's comments on the draft"])
        record.programme = []
        record.evidence = []
        #expect(annexes(ReportBuilder.build(record, framework: .mock, edition: edition, comments: [comment])) == ["Annex A: The council's comments on the draft"])
    }

    @Test("a response that opens with the recorded verdict says it once; one at odds with it keeps the outcome first")
    func verdictSaidOnce() throws {
        let record = try ReportBuilderTests.exampleRecord()
        func resolved(_ outcome: CommentOutcome, _ reason: String) -> String {
            let comment = ReportComment(
                version: 1, anchor: .wholeReport, author: "Officer", text: "A comment.", createdAt: Date(timeIntervalSince1970: 10),
                resolution: CommentResolution(outcome: outcome, reason: reason, resolvedBy: "Sam", resolvedAt: Date(timeIntervalSince1970: 20)))
            let report = ReportBuilder.build(record, framework: .mock, edition: .final(issued: CalendarDate("2025-05-01")!), comments: [comment])
            guard case .table(let table) = report.sections.last?.blocks.last else { return "no annex table" }
            return table.rows.first?[4] ?? "no row"
        }
        #expect(resolved(.accepted, "Accepted: the finding now says so.") == "Accepted: the finding now says so.")
        #expect(resolved(.declined, "Not accepted: the date stands.") == "Not accepted: the date stands.")
        #expect(resolved(.noted, "Noted.") == "Noted.")
        #expect(resolved(.accepted, "Agreed \u{2013} added.") == "Agreed \u{2013} added.")
        // At odds with the outcome recorded, or not a verdict at all: the outcome first.
        #expect(resolved(.declined, "Accepted: but later withdrawn.") == "Declined: Accepted: but later withdrawn.")
        #expect(resolved(.accepted, "Agreed and added to the strengths.") == "Accepted: Agreed and added to the strengths.")
        #expect(resolved(.accepted, "Acceptedly odd.") == "Accepted: Acceptedly odd.")
        #expect(resolved(.noted, "Not accepted: kept.") == "Noted: Not accepted: kept.")
    }
}

extension ReportSection {
    /// Every piece of text in the sections, for looking a sentence up.
    static func allText(_ sections: [ReportSection]) -> String {
        sections.map { section in
            ([section.title] + section.blocks.map { block -> String in
                switch block {
                case .paragraph(let text), .emphasis(let text): text
                case .bullets(let items), .cited(let items), .numbered(let items, _): items.map(\.text).joined(separator: "\n")
                default: ""
                }
            } + [allText(section.subsections)]).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
