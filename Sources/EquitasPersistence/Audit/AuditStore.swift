import EquitasCore
import FluentKit
import Foundation

/// Reads the audit trail, newest change first. The trail outlives what it describes:
/// a deleted challenge's or plan's events can still be read by its id.
public struct AuditStore: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    /// Changes to a challenge and everything in it, one page at a time.
    /// What the reader may not see is left out (`AuditEvent.visible(to:)`): whole records
    /// in the query, so that pages stay full, and single fields after it.
    public func events(
        challengeId: UUID, _ request: EquitasCore.PageRequest, visibility: ChallengeVisibility = .everything
    ) async throws -> EquitasCore.Page<AuditEvent> {
        try await visible(newestFirst("challenge_id", challengeId), visibility).page(request) {
            try $0.compactMap { try $0.event().visible(to: visibility) }
        }
    }

    /// Every change to a challenge the reader may see, for an export.
    public func events(challengeId: UUID, visibility: ChallengeVisibility = .everything) async throws -> [AuditEvent] {
        try await visible(newestFirst("challenge_id", challengeId), visibility).all().compactMap { try $0.event().visible(to: visibility) }
    }

    private func visible(_ query: QueryBuilder<AuditEventRow>, _ visibility: ChallengeVisibility) -> QueryBuilder<AuditEventRow> {
        visibility.teamNotes ? query : query.filter(\.$record !~ Array(AuditEvent.teamRecords))
    }

    /// Changes to an action plan and its items, actions and updates, one page at a time.
    public func events(actionPlanId: UUID, _ request: EquitasCore.PageRequest) async throws -> EquitasCore.Page<AuditEvent> {
        try await newestFirst("action_plan_id", actionPlanId).page(request) { try $0.map { try $0.event() } }
    }

    /// Every change to an action plan, for an export.
    public func events(actionPlanId: UUID) async throws -> [AuditEvent] {
        try await newestFirst("action_plan_id", actionPlanId).all().map { try $0.event() }
    }

    /// Every change to one record: a finding, a person, an account.
    public func events(recordId: UUID) async throws -> [AuditEvent] {
        try await newestFirst("record_id", recordId).all().map { try $0.event() }
    }

    /// Times are stored to the microsecond as sortable text; the id only breaks a tie.
    private func newestFirst(_ column: FieldKey, _ id: UUID) -> QueryBuilder<AuditEventRow> {
        AuditEventRow.query(on: db).filter(column, .equal, id).sort("at", .descending).sort(.id, .descending)
    }
}
