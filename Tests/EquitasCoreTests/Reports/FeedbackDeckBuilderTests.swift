import EquitasCore
import Foundation
import Testing

@Suite("Building the feedback deck")
struct FeedbackDeckBuilderTests {
    @Test("title, team, framework, two slides per module, recommendations, conclusion")
    func structure() throws {
        let deck = FeedbackDeckBuilder.build(try ReportBuilderTests.exampleRecord(), framework: .mock, date: CalendarDate("2025-03-13")!)
        #expect(deck.slides.map(\.title) == [
            "Equality Peer Challenge", "The peer team", "The framework: Mock equality framework",
            "Module 1: Communities: strengths", "Module 1: Communities: areas for consideration",
            "Recommendations", "Conclusion",
        ])
        #expect(deck.slides[0].layout == .title)
        #expect(deck.slides[0].lines.last == "Feedback presentation, 13 March 2025")
        #expect(deck.slides[1].lines.first == "Cllr Hannah Okafor — Lead peer, Northfield City Council")
        #expect(deck.slides[4].lines == ["Ashdown District Council: Make the profile easier for front-line staff to find."])
    }

    @Test("a long list of strengths continues onto further slides")
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
        #expect(strengths.count > 1)
        #expect(strengths.flatMap(\.lines).count == 20)
        #expect(strengths.allSatisfy { !$0.lines.isEmpty })
    }
}
