import Foundation

/// "You said, we did": a published challenge's recommendations with what the council
/// chose to tell the public — its response to each, and the progress updates it marked
/// public. Nothing is here that an officer has not marked public.
public struct YouSaidWeDid: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var number: Int
        public var text: String
        /// The council's response, when it marked the response public.
        public var response: PlanResponse?
        public var rationale: String?
        public var updates: [Update]
    }

    public struct Update: Equatable, Sendable {
        public var id: UUID
        public var recommendation: Int
        public var date: CalendarDate
        public var action: String
        public var text: String
        public var status: PlanActionStatus?
    }

    public var challengeId: UUID
    public var councils: [String]
    public var dates: String?
    public var items: [Item]

    /// Every public update, newest first: the feed's entries.
    public var updates: [Update] { items.flatMap(\.updates).sorted { ($0.date, $0.id.uuidString) > ($1.date, $1.id.uuidString) } }

    /// From the published challenge and the plans that answer it, keeping only what is
    /// marked public: responses of the items in `publicItems`, updates in `publicUpdates`.
    public static func make(
        record: ChallengeRecord, plans: [ActionPlanRecord], publicItems: Set<UUID>, publicUpdates: Set<UUID>
    ) -> YouSaidWeDid {
        let challenge = record.challenge.value
        let names = challenge.organisationIds.compactMap { id in record.organisations.first { $0.id == id }?.value.name }
        let items = record.recommendations.sorted { $0.value.number < $1.value.number }.map { recommendation -> Item in
            let answering = PlanItemRecord.answering(recommendation, in: plans)
            let shown = answering.first { publicItems.contains($0.item.id) }
            let updates = answering.flatMap { item in
                item.actions.flatMap { action in
                    action.updates.filter { publicUpdates.contains($0.id) }.map { update in
                        Update(
                            id: update.id, recommendation: recommendation.value.number, date: update.value.date,
                            action: action.action.value.description, text: update.value.text, status: update.value.status)
                    }
                }
            }.sorted { $0.date < $1.date }
            return Item(
                number: recommendation.value.number, text: recommendation.value.text, response: shown?.item.value.response,
                rationale: shown?.item.value.rationale, updates: updates)
        }
        return YouSaidWeDid(
            challengeId: record.challenge.id, councils: names, dates: challenge.start.map { CalendarDate.range($0, challenge.end) }, items: items)
    }
}
