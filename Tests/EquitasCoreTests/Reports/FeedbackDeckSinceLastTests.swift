import EquitasCore
import Foundation
import Testing

@Suite("The feedback deck of a follow-up: since the last challenge")
struct FeedbackDeckSinceLastTests {
    @Test("after the scope and team: each module then and now, then every earlier recommendation with its state, actions in the notes")
    func slides() throws {
        let earlier = try FollowUpTests.earlierRecord()
        let followUp = FollowUpTests.followUp(of: earlier, plans: [FollowUpTests.plan(for: earlier)])
        let deck = FeedbackDeckBuilder.build(followUp, framework: .mock, date: CalendarDate("2028-03-20")!)
        let titles = deck.slides.map(\.title)
        let modules = try #require(titles.firstIndex(of: "Since the last challenge: each module"))
        #expect(titles[modules - 1] == "The peer team" && titles[modules + 1] == "Since the last challenge: the last recommendations")
        let moduleLines = deck.slides[modules].lines
        #expect(moduleLines.count == Set(followUp.challenge.value.modules.map(\.id) + followUp.earlier!.modules.map(\.id)).count, "every module now or last time")
        #expect(moduleLines.allSatisfy { $0.contains(": last time ") && $0.contains("; now ") })
        let recommendations = deck.slides[modules + 1]
        let carried = try #require(followUp.earlier).recommendations
        #expect(recommendations.unbulleted == true)
        #expect(recommendations.lines.count == carried.count)
        #expect(recommendations.lines[0] == "1. Open: Agreed; 1 of 2 actions finished")
        #expect(recommendations.notes?.contains("At risk — Train managers to use it. Latest update, 1 February 2026: Half the sessions cancelled.") == true)
        #expect(!FeedbackDeckBuilder.build(earlier, framework: .mock, date: CalendarDate("2025-04-01")!).slides.contains { $0.title.hasPrefix("Since the last") },
                "a challenge that follows none has no such slides")
    }
}
