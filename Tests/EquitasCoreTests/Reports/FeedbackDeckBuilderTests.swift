import EquitasCore
import Foundation
import Testing

@Suite("Building the feedback deck")
struct FeedbackDeckBuilderTests {
    @Test("the last day's shape: title, thanks, what a peer challenge is, scope, team, modules, good practice, quotes, judgement, recommendations, next steps")
    func structure() throws {
        let deck = FeedbackDeckBuilder.build(try ReportBuilderTests.exampleRecord(), framework: .mock, date: CalendarDate("2025-04-01")!)
        #expect(deck.slides.map(\.title) == [
            "Equality Peer Challenge", "Thank you", "What a peer challenge is, and is not", "Scope", "The peer team",
            "Module 1: Communities: strengths", "Module 1: Communities: areas for consideration",
            "Good practice", "What people told us", "Our headline judgement", "Recommendations", "Next steps",
        ])
        #expect(deck.slides[0].layout == .title)
        // Dated the day of the feedback session, not the day the file was made.
        #expect(deck.slides[0].lines.last == "Feedback, 13 March 2025")
        #expect(deck.slides[2].lines.contains("Not an inspection: no pass or fail, no ranking"))
        #expect(deck.slides[4].lines.first == "Cllr Hannah Okafor, lead peer, Northfield City Council")
        #expect(deck.slides[6].lines == ["Ashdown District Council: Make the profile easier for front-line staff to find."])
    }

    @Test("in a joint challenge every recommendation names its council, with its number and no bullet")
    func recommendations() throws {
        let record = try ReportBuilderTests.exampleRecord()
        let deck = FeedbackDeckBuilder.build(record, framework: .mock, date: CalendarDate("2025-03-13")!)
        let slide = try #require(deck.slides.first { $0.title == "Recommendations" })
        #expect(slide.unbulleted == true)
        #expect(slide.lines.count == record.recommendations.count)
        let councils = ["Ashdown District Council: ", "Wealdmoor Borough Council: ", "Both councils: "]
        for (line, recommendation) in zip(slide.lines, record.recommendations.sorted { $0.value.number < $1.value.number }) {
            #expect(line.hasPrefix("\(recommendation.value.number). "))
            #expect(councils.contains { line.dropFirst("\(recommendation.value.number). ".count).hasPrefix($0) }, "\(line)")
        }
    }

    @Test("slides show each finding's first sentence; the notes hold every word")
    func headlines() throws {
        var record = try ReportBuilderTests.exampleRecord()
        let index = try #require(record.findings.firstIndex { $0.value.kind == .strength })
        record.findings[index].value.text = "The profile is used everywhere. Officers in every service described how. It shows."
        let deck = FeedbackDeckBuilder.build(record, framework: .mock, date: CalendarDate("2025-03-13")!)
        let slide = try #require(deck.slides.first { $0.title == "Module 1: Communities: strengths" })
        #expect(slide.lines == ["The profile is used everywhere."])
        #expect(slide.notes == "The profile is used everywhere. Officers in every service described how. It shows.")
    }

    @Test("a long list of strengths continues onto a second slide, no more; what does not fit is in the notes")
    func continuation() throws {
        var record = try ReportBuilderTests.exampleRecord()
        let template = record.findings[0]
        record.findings = (1...20).map { n in
            var finding = template
            finding.id = UUID()
            finding.value.text = "Strength number \(n) is described in a sentence of ordinary length."
            return finding
        }
        let deck = FeedbackDeckBuilder.build(record, framework: .mock, date: CalendarDate("2025-03-13")!)
        let strengths = deck.slides.filter { $0.title.hasPrefix("Module 1: Communities: strengths") }
        #expect(strengths.count == 2)
        #expect(strengths.flatMap(\.lines).count == 16)
        #expect(strengths.last?.lines.last == "And 5 more in the written report")
        #expect(strengths.first.map { $0.notes?.split(separator: "\n\n").count == $0.lines.count } == true)
        let notes = strengths.compactMap(\.notes).joined(separator: "\n\n")
        for n in 1...20 { #expect(notes.contains("Strength number \(n) is")) }
    }

    @Test("first sentences: a full stop inside a sentence does not end it")
    func firstSentence() {
        #expect(Headline.firstSentence("One. Two.") == "One.")
        #expect(Headline.firstSentence("Staff, e.g. managers, agree. Then more.") == "Staff, e.g. managers, agree.")
        #expect(Headline.firstSentence("  No full stop at all  ") == "No full stop at all")
        #expect(Headline.firstSentence("Census 2021 data. 2024 profiles.") == "Census 2021 data.")
    }
}
