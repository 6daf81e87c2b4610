import EquitasCore
import Vapor

/// The council's response to an item, as the edit form sends it. An empty response
/// takes the item back to unanswered.
struct PlanItemForm: Content {
    var response: String?
    var rationale: String?

    init(response: String?, rationale: String?) {
        self.response = response
        self.rationale = rationale
    }

    init(_ item: PlanItem) {
        self.init(response: item.response?.rawValue ?? "", rationale: item.rationale)
    }

    /// The item with this response and rationale; the rule that only a plain "agreed"
    /// may go without a rationale is the core's, checked when the store writes it.
    func applied(to item: PlanItem, errors: inout FormErrors) -> PlanItem {
        var changed = item
        let raw = response ?? ""
        if raw.isEmpty {
            changed.response = nil
        } else if let chosen = PlanResponse(rawValue: raw) {
            changed.response = chosen
        } else {
            errors.add("response", "Choose a response from the list")
        }
        changed.rationale = Text.optional(rationale)
        return changed
    }

    static let responseOptions: [(value: String, words: String)] =
        PlanResponse.allCases.map { ($0.rawValue, $0.label) } + [("", "Not answered yet")]
}
