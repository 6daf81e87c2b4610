import EquitasCore
import FluentKit
import Foundation

/// A plan's own columns; its items, actions and updates are rows of their own.
final class ActionPlanRow: ValueRow, @unchecked Sendable {
    static let schema = "action_plans"
    static let noun = "action plan"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationId: UUID
    @OptionalField(key: "challenge_id") var challengeId: UUID?
    @Field(key: "title") var title: String
    @OptionalField(key: "monitored_by") var monitoredBy: String?
    @OptionalField(key: "monitoring_contact") var monitoringContact: String?
    @Timestamp(key: "created_at", on: .create, format: MicrosecondTimestamp()) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update, format: MicrosecondTimestamp()) var updatedAt: Date?

    init() {}

    func apply(_ value: ActionPlan) {
        organisationId = value.organisationId
        challengeId = value.challengeId
        title = value.title
        monitoredBy = value.monitoredBy
        monitoringContact = value.monitoringContact
    }

    func value() throws -> ActionPlan {
        ActionPlan(organisationId: organisationId, challengeId: challengeId, title: title, monitoredBy: monitoredBy, monitoringContact: monitoringContact)
    }
}
