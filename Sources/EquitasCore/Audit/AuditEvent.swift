import Foundation

/// One recorded change to one record: who, when, what kind of record, and the fields
/// that changed. `challengeId` and `actionPlanId` say whose trail it belongs to; a
/// change to an organisation, a person or an account belongs to neither.
public struct AuditEvent: Codable, Equatable, Sendable {
    public var id: UUID
    public var at: Date
    public var author: AuditAuthor
    public var action: AuditAction
    /// The kind of record, as a noun: `finding`, `action plan item`.
    public var record: String
    public var recordId: UUID
    public var challengeId: UUID?
    public var actionPlanId: UUID?
    public var changes: [AuditFieldChange]

    public init(
        id: UUID, at: Date, author: AuditAuthor, action: AuditAction, record: String, recordId: UUID,
        challengeId: UUID? = nil, actionPlanId: UUID? = nil, changes: [AuditFieldChange]
    ) {
        self.id = id
        self.at = at
        self.author = author
        self.action = action
        self.record = record
        self.recordId = recordId
        self.challengeId = challengeId
        self.actionPlanId = actionPlanId
        self.changes = changes
    }
}
