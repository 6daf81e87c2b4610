import EquitasCore
import Foundation
import Testing

@Suite("Impact assessments: validation")
struct ImpactAssessmentValidationTests {
    static let council = UUID(uuidString: "00000000-0000-0000-0000-00000000c001")!

    static func sample(_ change: (inout ImpactAssessment) -> Void = { _ in }) -> ImpactAssessment {
        var value = ImpactAssessment(
            organisationId: council, title: " Library opening hours ", service: "Culture", proposal: "Close two branches on Mondays.",
            decisionMaker: " ", decisionDate: CalendarDate("2026-02-01"),
            impacts: [
                CharacteristicImpact(characteristic: "Age", rating: .negative, evidence: "Older readers use Monday sessions."),
                CharacteristicImpact(characteristic: "care experience", rating: .neutral),
            ],
            reviewDate: CalendarDate("2027-02-01"))
        change(&value)
        return value
    }

    @Test("trims text, blanks become nil, protected characteristics stored by their raw value")
    func tidies() throws {
        let valid = try Self.sample().validated()
        #expect(valid.title == "Library opening hours")
        #expect(valid.decisionMaker == nil)
        #expect(valid.impacts.map(\.characteristic) == ["age", "care experience"])
        #expect(valid.impacts[0].protected == .age)
        #expect(valid.impacts[1].protected == nil)
        #expect(valid.impacts[1].label == "care experience")
    }

    /// Each breaks one rule; the path the failure should name.
    static let breaches: [(path: String, change: @Sendable (inout ImpactAssessment) -> Void)] = [
        ("title", { $0.title = "  " }),
        ("service", { $0.service = "" }),
        ("proposal", { $0.proposal = "\n" }),
        ("title", { $0.title = String(repeating: "a", count: 301) }),
        ("service", { $0.service = String(repeating: "b", count: 201) }),
        ("impacts[1].characteristic", { $0.impacts[1].characteristic = " " }),
        ("review_date", { $0.reviewDate = CalendarDate("2026-01-31") }),
    ]

    @Test("required fields and lengths, each named by its path", arguments: 0..<7)
    func required(index: Int) {
        let breach = Self.breaches[index]
        let failure = #expect(throws: ValidationFailure.self) { try Self.sample(breach.change).validated() }
        #expect(failure?.path == breach.path)
    }

    @Test("a characteristic may be assessed once, whatever its case or whether named by label")
    func unique() {
        let byLabel = #expect(throws: ValidationFailure.self) {
            try Self.sample { $0.impacts.append(CharacteristicImpact(characteristic: "age", rating: .positive)) }.validated()
        }
        #expect(byLabel?.path == "impacts[2].characteristic")
        #expect(byLabel?.message.contains("impacts[0]") == true)
        let ownName = #expect(throws: ValidationFailure.self) {
            try Self.sample { $0.impacts.append(CharacteristicImpact(characteristic: "Care Experience", rating: .positive)) }.validated()
        }
        #expect(ownName?.path == "impacts[2].characteristic")
    }

    @Test("warns, without refusing, about a negative impact with no mitigations when the proposal goes ahead")
    func warnings() throws {
        let goesAhead = try Self.sample { $0.outcome = .continueWithJustification }.validated()
        #expect(goesAhead.warnings.contains { $0.path == "mitigations" })
        #expect(goesAhead.warnings.contains { $0.path == "impacts" && $0.message.contains("Disability") })
        let mitigated = try Self.sample { $0.outcome = .adjust; $0.mitigations = "A Saturday session." }.validated()
        #expect(!mitigated.warnings.contains { $0.path == "mitigations" })
        let stopped = try Self.sample { $0.outcome = .stop }.validated()
        #expect(!stopped.warnings.contains { $0.path == "mitigations" })
        let undecided = try Self.sample { $0.impacts[0].evidence = nil }.validated()
        #expect(undecided.warnings == [ImpactAssessmentWarning(path: "impacts[0].evidence", message: "a negative impact on Age has no evidence given")])
    }
}
