import FluentKit
import Foundation

/// A row that belongs to a challenge through its own `challenge_id` column.
protocol ChallengeChildRow: AuditedRow {
    var challengeId: UUID { get }
}

extension ChallengeChildRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .challenge(challengeId) }
}
