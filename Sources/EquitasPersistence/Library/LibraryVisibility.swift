import EquitasCore
import Foundation

/// Which challenges' findings a search may return. A published report is public, so its
/// findings are anyone's to find; beyond that, the challenges the actor may already open.
/// Kept as "published, and these" rather than a list of every visible id, so that the
/// public's search does not carry ten thousand ids into the query.
public enum LibraryVisibility: Sendable, Equatable {
    case everything
    case published(and: Set<UUID>)

    public static func of(_ actor: Actor, facts: AccessFacts) async throws -> LibraryVisibility {
        switch actor.role {
        case .administrator, .reviewManager:
            return .everything
        case .public:
            return .published(and: [])
        case .peer, .councilOfficer, .councillor:
            return .published(and: try await facts.visibleChallengeIds(for: actor) ?? [])
        }
    }
}
