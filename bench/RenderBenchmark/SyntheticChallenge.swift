import EquitasCore
import Foundation

/// A large joint challenge made up for timing: the shape of a real one, the size of
/// the biggest we expect (300 findings, 40 recommendations).
enum SyntheticChallenge {
    static let framework = Framework(
        id: "bench", version: "1", name: "Benchmark framework", publisher: "Equitas", summary: "A framework for timing.",
        moduleNoun: "module",
        levels: ["developing", "achieving", "excellent"].map { FrameworkLevel(id: $0, name: $0.capitalized, description: "The \($0) level.") },
        modules: (1...4).map { FrameworkModule(id: "m\($0)", code: "\($0)", name: "Module \($0) of the framework", summary: "Module \($0).", criteria: []) })

    static func record(findings: Int, recommendations: Int) -> ChallengeRecord {
        let organisations = ["Wyvern Vale District Council", "Calder Moor Borough Council"].map {
            Identified(id: UUID(), value: Organisation(name: $0, type: .districtCouncil))
        }
        let people = (1...6).map { Identified(id: UUID(), value: Person(name: "Peer \($0)", organisationId: organisations[0].id, jobTitle: "Officer")) }
        let kinds: [FindingKind] = [.strength, .strength, .areaForConsideration, .goodPractice, .quote, .nextLevel]
        let sentence = "The councils have built a shared understanding of their communities, drawing on census figures, service data and what residents say, and use it when planning services & budgets <carefully>."
        let findingList = (0..<findings).map { n -> Identified<Finding> in
            let kind = kinds[n % kinds.count]
            return Identified(id: UUID(), value: Finding(
                module: "m\(n % 4 + 1)", kind: kind, text: "\(n + 1). \(sentence)",
                organisationId: n % 3 == 0 ? nil : organisations[n % 2].id,
                attribution: kind == .quote ? "Partner organisation" : nil,
                theme: n % 5 == 0 ? "Data collection" : nil))
        }
        let challenge = Challenge(
            organisationIds: organisations.map(\.id), frameworkId: "bench", frameworkVersion: "1",
            modules: framework.modules.map { ModuleScope(id: $0.id, level: "achieving", judgement: .confirmed, conclusion: "Confirmed.") },
            start: CalendarDate("2025-03-11"), end: CalendarDate("2025-03-13"), status: .drafting,
            conclusion: "Both councils meet the level.")
        return ChallengeRecord(
            challenge: Identified(id: UUID(), value: challenge), organisations: organisations, people: people,
            team: people.map { Identified(id: UUID(), value: TeamMember(personId: $0.id, role: .officerPeer)) },
            programme: (0..<18).map { n in
                let day = CalendarDate(year: 2025, month: 3, day: 11 + n / 6)!
                return Identified(id: UUID(), value: ProgrammeSession(
                    start: LocalDateTime(date: day, hour: 9 + n % 6, minute: 0)!, end: LocalDateTime(date: day, hour: 9 + n % 6, minute: 50)!,
                    kind: .focusGroup, title: "Session \(n + 1)", met: ["Staff network", "Partners"], peerIds: [people[n % 6].id]))
            },
            findings: findingList,
            recommendations: (1...recommendations).map { n in
                Identified(id: UUID(), value: Recommendation(number: n, module: "m\(n % 4 + 1)", text: "Recommendation \(n): \(sentence)"))
            })
    }
}
