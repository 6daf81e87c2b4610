import EquitasCore
import Foundation

/// A small plan with every awkward case, for numbers worked out by hand. Looked at on
/// 30 June 2022; the previous report was on 31 March 2022.
///
/// | ref | lead    | due                    | stored status | status at 30 June | note                            |
/// |-----|---------|------------------------|---------------|-------------------|---------------------------------|
/// | 1.1 | Rachel  | 30 Jun 2022 (today)    | on track      | on track          | due today: not overdue          |
/// | 1.2 | Adam    | 29 Jun 2022            | at risk       | at risk           | due yesterday: overdue          |
/// | 2.1 | Rachel  | 1 May 2022             | complete      | complete          | complete: never overdue         |
/// | 2.2 | none    | 1 Mar 2022             | closed        | closed            | closed: never overdue           |
/// | 2.3 | Émile   | longer term, no date   | not started   | not started       | never due                       |
/// | 3.1 | Adam    | phase ending 31 Mar 22 | complete      | off track         | completed 15 July, after the day|
/// | 3.2 | Rachel  | 30 Jul 2022 (+30)      | on track      | on track          |                                 |
/// | 3.3 | Émile   | 31 Jul 2022 (+31)      | not started   | not started       |                                 |
///
/// Items: 1 leadership, agreed; 2 communities, agreed with a different approach;
/// 3 no module, unanswered; 4 leadership, not agreed, no actions.
enum MonitoringFixture {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static let asOf = day("2022-06-30")
    static let since = day("2022-03-31")

    static let rachel = UUID.numbered(101)
    static let adam = UUID.numbered(102)
    static let emile = UUID.numbered(103)

    static let vocabulary = PlanVocabulary(
        people: [
            Identified(id: rachel, value: Person(name: "Rachel Barker")),
            Identified(id: adam, value: Person(name: "Adam Cole")),
            Identified(id: emile, value: Person(name: "Émile Dubois")),
        ],
        modules: [
            FrameworkModule(id: "communities", code: "1", name: "Understanding and working with your communities", summary: "", criteria: []),
            FrameworkModule(id: "leadership", code: "2", name: "Leadership, partnership and organisational commitment", summary: "", criteria: []),
        ])

    static func update(_ date: String, _ text: String, _ status: PlanActionStatus? = nil, from previous: PlanActionStatus? = nil) -> ProgressUpdate {
        ProgressUpdate(date: day(date), author: "Jo Officer", text: text, status: status, previousStatus: previous)
    }

    static func action(
        _ id: Int, _ description: String, lead: UUID?, _ timescale: Timescale, _ status: PlanActionStatus, _ updates: [ProgressUpdate] = []
    ) -> PlanActionRecord {
        PlanActionRecord(
            action: Identified(id: .numbered(id), value: PlanAction(description: description, leadId: lead, timescale: timescale, status: status)),
            updates: updates.enumerated().map { Identified(id: .numbered(id * 10 + $0.offset), value: $0.element) })
    }

    static func item(_ number: Int, _ text: String, module: String?, _ response: PlanResponse?, rationale: String? = nil, _ actions: [PlanActionRecord]) -> PlanItemRecord {
        PlanItemRecord(
            item: Identified(id: .numbered(1000 + number), value: PlanItem(number: number, text: text, module: module, response: response, rationale: rationale)),
            actions: actions)
    }

    static let planId = UUID.numbered(3)

    static let record = ActionPlanRecord(
        plan: Identified(id: planId, value: ActionPlan(
            organisationId: .numbered(1), title: "Equality action plan 2021", monitoredBy: "the Equalities Working Group")),
        items: [
            item(1, "Publish the council's workforce equality data every year.", module: "leadership", .agreed, [
                action(11, "Publish workforce data", lead: rachel, .due(day("2022-06-30")), .onTrack, [
                    update("2022-02-01", "Data gathered from HR"),
                    update("2022-05-12", "Analysis started", .onTrack, from: .notStarted),
                ]),
                action(12, "Refresh equality training", lead: adam, .due(day("2022-06-29")), .atRisk, [
                    update("2022-04-20", "Trainer not yet found", .atRisk, from: .onTrack),
                ]),
            ]),
            item(2, "Ask residents about their experience of council services.", module: "communities", .agreedDifferentApproach,
                 rationale: "Through the residents' panel rather than a new survey.", [
                action(21, "Run residents survey", lead: rachel, .due(day("2022-05-01")), .complete, [
                    update("2022-01-10", "Panel briefed", .onTrack, from: .notStarted),
                    update("2022-05-12", "Results published", .complete, from: .onTrack),
                ]),
                action(22, "Equality impact guidance", lead: nil, .due(day("2022-03-01")), .closedNotNeeded, [
                    update("2022-02-15", "Covered by the new corporate template", .closedNotNeeded, from: .notStarted),
                ]),
                action(23, "Census analysis", lead: emile, .longerTerm(indicative: nil), .notStarted, [
                    update("2022-06-01", "Waiting for the census release"),
                ]),
            ]),
            item(3, "Build equality into procurement.", module: nil, nil, [
                action(31, "Procurement strategy", lead: adam,
                       .phase(name: "September 2021 to March 2022", start: day("2021-09-01"), end: day("2022-03-31")), .complete, [
                    update("2022-03-01", "Tender delayed"),
                    update("2022-07-15", "Strategy adopted", .complete, from: .offTrack),
                ]),
                action(32, "Website accessibility", lead: rachel, .due(day("2022-07-30")), .onTrack),
                action(33, "Translation service", lead: emile, .due(day("2022-07-31")), .notStarted),
            ]),
            item(4, "Appoint a member champion for equality.", module: "leadership", .notAgreed,
                 rationale: "The portfolio holder already has this role.", []),
        ])
}
