import Foundation

/// One recommendation of the last challenge and what became of it: the council's
/// response in its action plan and each action's status and latest update.
public struct CarriedRecommendation: Codable, Equatable, Sendable {
    public var number: Int
    public var module: String?
    public var text: String
    public var organisationId: UUID?
    /// nil when no plan answers it (or the plan has not answered it yet).
    public var response: PlanResponse?
    public var actions: [CarriedAction]

    public init(number: Int, module: String? = nil, text: String, organisationId: UUID? = nil, response: PlanResponse? = nil, actions: [CarriedAction] = []) {
        self.number = number
        self.module = module
        self.text = text
        self.organisationId = organisationId
        self.response = response
        self.actions = actions
    }

    /// Still to be addressed: an action not finished, or nothing done and nothing said
    /// that closes it ("not agreed" and "already done" with no actions do).
    public var isOpen: Bool {
        if !actions.isEmpty { return actions.contains { !$0.status.isFinished } }
        switch response {
        case .notAgreed, .alreadyDone: return false
        case .agreed, .agreedDifferentApproach, nil: return true
        }
    }

    public var openActions: [CarriedAction] { actions.filter { !$0.status.isFinished } }

    /// "Agreed; 2 of 3 actions complete", for a table cell or a list.
    public var outcome: String {
        let said = response?.label ?? "No response recorded"
        guard !actions.isEmpty else { return said + "; no actions" }
        let finished = actions.filter { $0.status.isFinished }.count
        return said + "; \(finished) of \(actions.count) action\(actions.count == 1 ? "" : "s") finished"
    }
}

/// An action of the earlier plan, as it stands.
public struct CarriedAction: Codable, Equatable, Sendable {
    public var description: String
    public var status: PlanActionStatus
    public var due: CalendarDate?
    public var latestUpdateOn: CalendarDate?
    public var latestUpdate: String?

    public init(description: String, status: PlanActionStatus, due: CalendarDate? = nil, latestUpdateOn: CalendarDate? = nil, latestUpdate: String? = nil) {
        self.description = description
        self.status = status
        self.due = due
        self.latestUpdateOn = latestUpdateOn
        self.latestUpdate = latestUpdate
    }

    /// "On track — Publish the data. Latest update, 3 June 2026: The data was published."
    public var summary: String {
        var words = "\(status.label) — \(description)"
        if let latestUpdate, let latestUpdateOn {
            if let last = words.last, !".!?".contains(last) { words += "." }
            words += " Latest update, \(latestUpdateOn.longForm): \(latestUpdate)"
        }
        return words
    }
}
