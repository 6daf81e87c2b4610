import EquitasCore
import Foundation

/// A realistic stored plan, a year into its life: 35 items answering a 2021 peer
/// challenge (most agreed, four by a different approach, one already done with no
/// actions), actions in the three kinds of timescale, leads, and progress updates up
/// to `asOf`. Built the same way every time, with numbered ids:
/// item n is `1000 + n`, its k-th action `10000 + 10n + k`, that action's u-th update
/// `100000 + 100n + 10k + u`, people `101…108`, recommendation n `500 + n`.
public enum PlanFixture {
    public static let organisationId = PlanFixture.id(1)
    public static let challengeId = PlanFixture.id(2)
    public static let planId = PlanFixture.id(3)
    /// The day the plan is looked at: the last update is a few days before it.
    public static let asOf = CalendarDate(year: 2022, month: 4, day: 1)!

    public static let withinSixMonths = Timescale.phase(name: "Within six months", start: day("2021-03-16"), end: day("2021-09-16"))
    public static let septemberToMarch = Timescale.phase(name: "September 2021 to March 2022", start: day("2021-09-01"), end: day("2022-03-31"))

    public static let modules: [FrameworkModule] = [
        FrameworkModule(id: "communities", code: "1", name: "Understanding and working with your communities", summary: "", criteria: []),
        FrameworkModule(id: "leadership", code: "2", name: "Leadership, partnership and organisational commitment", summary: "", criteria: []),
        FrameworkModule(id: "services", code: "3", name: "Responsive services and customer care", summary: "", criteria: []),
        FrameworkModule(id: "workforce", code: "4", name: "Diverse and engaged workforce", summary: "", criteria: []),
    ]

    public static let people: [Identified<Person>] = [
        ("Amira Hussain", "Head of Policy"), ("Tom Whitfield", "HR Manager"), ("Grace Okafor", "Communications Manager"),
        ("Daniel Price", "Head of Customer Services"), ("Priya Nair", "Procurement Lead"), ("Owen Hughes", "Democratic Services Manager"),
        ("Leah Morgan", "Learning and Development Adviser"), ("Sam Kettering", "Community Development Officer"),
    ].enumerated().map { index, person in
        Identified(id: PlanFixture.id(101 + index), value: Person(name: person.0, organisationId: organisationId, jobTitle: person.1))
    }

    public static var vocabulary: PlanVocabulary { PlanVocabulary(people: people, modules: modules) }

    public static func itemId(_ number: Int) -> UUID { PlanFixture.id(1_000 + number) }
    public static func actionId(_ number: Int, _ position: Int) -> UUID { PlanFixture.id(10_000 + number * 10 + position) }
    public static func updateId(_ number: Int, _ position: Int, _ update: Int) -> UUID { PlanFixture.id(100_000 + number * 100 + position * 10 + update) }
    public static func recommendationId(_ number: Int) -> UUID { PlanFixture.id(500 + number) }

    public static let record = ActionPlanRecord(
        plan: Identified(id: planId, value: ActionPlan(
            organisationId: organisationId, challengeId: challengeId,
            title: "Action plan in response to the equality peer challenge 2021",
            monitoredBy: "Equalities Working Group, Corporate Management Team and Overview and Scrutiny Committee")),
        items: seeds.enumerated().map { index, seed in item(index + 1, seed) })

    static func item(_ number: Int, _ seed: Seed) -> PlanItemRecord {
        let answer = answers[number]
        let item = PlanItem(
            number: number, recommendationId: recommendationId(number), text: seed.text, module: seed.module,
            response: answer?.0 ?? .agreed, rationale: answer?.1)
        let actions = seed.actions.enumerated().map { index, action in self.action(number, index + 1, action, module: seed.module) }
        return PlanItemRecord(item: Identified(id: itemId(number), value: item), actions: actions)
    }

    static func action(_ number: Int, _ position: Int, _ seed: String, module: String) -> PlanActionRecord {
        let parts = seed.split(separator: "|", maxSplits: 1).map(String.init)
        let code = parts[0].split(separator: ":").map(String.init)
        let timescale: Timescale = switch code[0] {
        case "6": withinSixMonths
        case "S": septemberToMarch
        case "L": .longerTerm(indicative: code.count > 1 ? day(code[1]) : nil)
        default: .due(day(code[1]))
        }
        let leads = leadsByModule[module]!
        let lead = people[leads[(number + position) % leads.count]]
        let monitor = (number + position) % 5 == 0 ? "Corporate Management Team" : "Equalities Working Group"
        let history = progress(timescale, variant: (number + position) % 4, closes: number % 3 == 0)
        var status = PlanActionStatus.notStarted
        let updates = history.enumerated().map { index, step in
            let update = ProgressUpdate(date: day(step.0), author: lead.value.name, text: step.1.text, status: step.1, previousStatus: status)
            status = step.1
            return Identified(id: updateId(number, position, index + 1), value: update)
        }
        let action = PlanAction(description: parts[1], leadId: lead.id, timescale: timescale, monitoredBy: monitor, status: status)
        return PlanActionRecord(action: Identified(id: actionId(number, position), value: action), updates: updates)
    }

    /// Indexes into `people` of the officers who lead each module's actions.
    static let leadsByModule: [String: [Int]] = [
        "communities": [7, 0, 2], "leadership": [0, 5, 4], "services": [3, 2, 4], "workforce": [1, 6],
    ]

    /// The status moves an action made, by when it was due: the six-month work mostly
    /// finished (one late, one stalled), the winter's work part done, the longer-term
    /// work barely begun, as a plan a year in looks.
    static func progress(_ timescale: Timescale, variant: Int, closes: Bool) -> [(String, PlanActionStatus)] {
        switch timescale {
        case .phase(let name, _, _) where name == "Within six months":
            return [
                [("2021-06-30", .onTrack), ("2021-09-10", .complete)],
                [("2021-06-30", .onTrack), ("2021-10-15", .complete)],
                [("2021-06-30", .atRisk), ("2021-10-15", .offTrack)],
                [("2021-06-30", .onTrack)],
            ][variant]
        case .phase:
            return [
                [],
                [("2021-10-15", .onTrack)],
                [("2021-10-15", .onTrack), ("2022-01-20", .atRisk)],
                [("2021-10-15", .onTrack), ("2022-03-28", .complete)],
            ][variant]
        case .longerTerm:
            guard variant % 2 == 1 else { return [] }
            return closes ? [("2022-01-20", .closedNotNeeded)] : [("2022-01-20", .onTrack)]
        case .due:
            return variant < 2 ? [("2021-07-20", .onTrack), ("2021-12-20", .complete)] : []
        }
    }

    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
}

extension PlanActionStatus {
    /// What the fixture's lead officers write when an action moves to this status.
    fileprivate var text: String {
        switch self {
        case .notStarted: "Not yet begun; waiting on earlier work."
        case .onTrack: "Work has started and is on schedule; the next report goes to the working group."
        case .atRisk: "Progress has slipped because staff were moved to the Covid response; a new date is being agreed."
        case .offTrack: "Stalled: the budget for this work has not been agreed."
        case .complete: "Done, and reported to the Equalities Working Group."
        case .closedNotNeeded: "Closed: the new corporate plan covers the same ground."
        }
    }
}

extension PlanFixture {
    /// `00000000-0000-0000-0000-000000000007`: ids a test can predict and read.
    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!
    }
}
