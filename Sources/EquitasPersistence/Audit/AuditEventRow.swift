import EquitasCore
import FluentKit
import Foundation

/// One stored change. Written only by the audit middleware, never edited.
final class AuditEventRow: EquitasRow, @unchecked Sendable {
    static let schema = "audit_events"
    static let noun = "audit event"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: String
    @OptionalField(key: "account_id") var accountId: UUID?
    @Field(key: "author") var author: String
    @Field(key: "action") var action: String
    @Field(key: "record") var record: String
    @Field(key: "record_id") var recordId: UUID
    @OptionalField(key: "challenge_id") var challengeId: UUID?
    @OptionalField(key: "action_plan_id") var actionPlanId: UUID?
    @Field(key: "changes") var changes: String

    init() {}

    init(_ event: AuditEvent) throws {
        id = event.id
        at = MicrosecondTimestamp().serialize(event.at) ?? ""
        accountId = event.author.accountId
        author = event.author.label
        action = event.action.rawValue
        record = event.record
        recordId = event.recordId
        challengeId = event.challengeId
        actionPlanId = event.actionPlanId
        changes = String(decoding: try Self.encoder.encode(event.changes), as: UTF8.self)
    }

    func event() throws -> AuditEvent {
        let changes: [AuditFieldChange]
        do {
            changes = try JSONDecoder().decode([AuditFieldChange].self, from: Data(self.changes.utf8))
        } catch {
            throw CorruptColumn(table: Self.schema, column: "changes", value: String(self.changes.prefix(80)))
        }
        return AuditEvent(
            id: try requireID(), at: try read(at, as: MicrosecondTimestamp().parse, column: "at"),
            author: AuditAuthor(accountId: accountId, label: author), action: try read(action, column: "action"),
            record: record, recordId: recordId, challengeId: challengeId, actionPlanId: actionPlanId, changes: changes)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
