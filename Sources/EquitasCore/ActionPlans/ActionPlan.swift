import Foundation

/// A council's plan: its answer to a challenge's recommendations (or to its own
/// objectives), worked through and monitored for years after the report.
public struct ActionPlan: Codable, Hashable, Sendable {
    /// The council whose plan this is; in a joint challenge each council has its own.
    public var organisationId: UUID
    /// The challenge whose final report the plan answers; nil for a council's own plan.
    public var challengeId: UUID?
    public var title: String
    /// The bodies that monitor the plan as a whole: "Equalities Working Group, CMT and
    /// Overview and Scrutiny Committee". Each action may name its own.
    public var monitoredBy: String?
    /// The monitoring body's contact: an email address that hears of actions overdue by
    /// more than the set number of days (`equitas reminders send`).
    public var monitoringContact: String?

    public init(organisationId: UUID, challengeId: UUID? = nil, title: String, monitoredBy: String? = nil, monitoringContact: String? = nil) {
        self.organisationId = organisationId
        self.challengeId = challengeId
        self.title = title
        self.monitoredBy = monitoredBy
        self.monitoringContact = monitoringContact
    }

    public func validated() throws(ValidationFailure) -> ActionPlan {
        var copy = self
        copy.title = try Text.required(title, path: "title", maximum: 300)
        copy.monitoredBy = try Text.optional(monitoredBy, path: "monitored_by", maximum: 300)
        if let contact = Text.optional(monitoringContact) {
            do {
                copy.monitoringContact = try Account.normalisedEmail(contact)
            } catch {
                throw ValidationFailure(path: "monitoring_contact", message: error.message)
            }
        } else {
            copy.monitoringContact = nil
        }
        return copy
    }
}
