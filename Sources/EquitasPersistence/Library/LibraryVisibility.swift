import EquitasCore
import Foundation

/// Which challenges' findings a search may return. A published report is public, so its
/// findings are anyone's to find; beyond that, a team's own challenges, and a council's
/// own once the final report is issued (before that its findings stay with the team).
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
            return .published(and: try await facts.searchableChallengeIds(for: actor) ?? [])
        }
    }
}
