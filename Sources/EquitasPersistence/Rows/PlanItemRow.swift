import EquitasCore
import FluentKit
import Foundation

/// One item of a plan: the recommendation (or objective) and the council's response.
final class PlanItemRow: EquitasRow, @unchecked Sendable {
    static let schema = "action_plan_items"
    static let noun = "action plan item"

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planId: UUID
    @Field(key: "number") var number: Int
    @OptionalField(key: "recommendation_id") var recommendationId: UUID?
    @Field(key: "text") var text: String
    @OptionalField(key: "module") var module: String?
    @OptionalField(key: "response") var response: String?
    @OptionalField(key: "rationale") var rationale: String?
    /// The response is on the public "you said, we did" page (M0046; null reads as false).
    @OptionalField(key: "response_public") var responsePublic: Bool?

    init() {}

    init(id: UUID, planId: UUID, item: PlanItem) {
        self.id = id
        self.planId = planId
        apply(item)
    }

    func apply(_ item: PlanItem) {
        number = item.number
        recommendationId = item.recommendationId
        text = item.text
        module = item.module
        response = item.response?.rawValue
        rationale = item.rationale
    }

    func item() throws -> PlanItem {
        PlanItem(
            number: number, recommendationId: recommendationId, text: text, module: module,
            response: try read(response, as: PlanResponse.init(rawValue:), column: "response"), rationale: rationale)
    }

    func identified() throws -> Identified<PlanItem> {
        Identified(id: try requireID(), value: try item())
    }
}
