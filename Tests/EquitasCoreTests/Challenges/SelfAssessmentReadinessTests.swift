import EquitasCore
import Foundation
import Testing

@Suite("Self-assessment readiness")
struct SelfAssessmentReadinessTests {
    /// Two modules; criteria at two levels in the first, none sorted by level in the second.
    static let framework = Framework(
        id: "test", version: "1", name: "Test", publisher: "Tests", summary: "", moduleNoun: "module",
        levels: [FrameworkLevel(id: "basic", name: "Basic", description: ""), FrameworkLevel(id: "high", name: "High", description: "")],
        modules: [
            FrameworkModule(id: "a", code: "A", name: "A", summary: "", criteria: [
                Criterion(id: "a1", code: "A1", title: "One", description: "", level: "basic"),
                Criterion(id: "a2", code: "A2", title: "Two", description: "", level: "basic"),
                Criterion(id: "a3", code: "A3", title: "Three", description: "", level: "high"),
            ]),
            FrameworkModule(id: "b", code: "B", name: "B", summary: "", criteria: [
                Criterion(id: "b1", code: "B1", title: "Four", description: ""),
                Criterion(id: "b2", code: "B2", title: "Five", description: ""),
            ]),
        ])

    static func entry(_ criterion: String, _ council: UUID? = nil, narrative: String = "", evidence: Int = 0) -> Identified<SelfAssessmentEntry> {
        Identified(id: UUID(), value: SelfAssessmentEntry(
            criterionId: criterion, organisationId: council, narrative: narrative, evidenceIds: (0..<evidence).map { _ in UUID() }))
    }

    @Test("counts only the criteria at the level sought, and a blank narrative as none")
    func single() {
        let council = UUID()
        let challenge = Challenge(organisationIds: [council], frameworkId: "test", modules: [
            ModuleScope(id: "a", level: "basic"), ModuleScope(id: "b", level: "high"),
        ])
        let readiness = SelfAssessmentReadiness(challenge: challenge, framework: Self.framework, entries: [
            Self.entry("a1", narrative: "We know.", evidence: 2),
            Self.entry("a2", council, narrative: "  \n", evidence: 1),
            Self.entry("a3", narrative: "Out of scope.", evidence: 1),
            Self.entry("b2", narrative: "Partly."),
        ])
        #expect(readiness.sections.count == 2)
        let a = readiness.sections[0]
        #expect(a.criterionIds == ["a1", "a2"])
        #expect(a.withoutNarrative == ["a2"])
        #expect(a.withoutEvidence == [])
        #expect(a.withNarrative == 1 && a.withEvidence == 2)
        let b = readiness.sections[1]
        #expect(b.criterionIds == ["b1", "b2"])
        #expect(b.withoutNarrative == ["b1"])
        #expect(b.withoutEvidence == ["b1", "b2"])
        #expect(!readiness.isComplete)
    }

    @Test("a joint challenge is counted per council, a joint entry standing in until a council writes its own")
    func joint() {
        let (first, second) = (UUID(), UUID())
        let challenge = Challenge(organisationIds: [first, second], frameworkId: "test", modules: [ModuleScope(id: "a", level: "basic")])
        let readiness = SelfAssessmentReadiness(challenge: challenge, framework: Self.framework, entries: [
            Self.entry("a1", narrative: "Together.", evidence: 1),
            Self.entry("a1", second, narrative: "", evidence: 0),
            Self.entry("a2", first, narrative: "Ours.", evidence: 1),
        ])
        #expect(readiness.sections.map(\.council) == [first, second])
        #expect(readiness.sections[0].withoutNarrative == [])
        #expect(readiness.sections[0].withoutEvidence == [])
        #expect(readiness.sections[1].withoutNarrative == ["a1", "a2"])
        #expect(readiness.sections[1].withoutEvidence == ["a1", "a2"])
    }
}
