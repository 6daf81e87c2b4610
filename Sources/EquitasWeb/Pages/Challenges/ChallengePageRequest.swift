import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// What every challenge page loads first: the challenge named by the route, the
/// directory for names, and the name the pages give it.
struct LoadedChallenge: Sendable {
    var id: UUID
    var challenge: Challenge
    var directory: DirectoryLookup
    var name: String

    /// Kept between requests under the challenge's change stamp.
    static func load(_ req: Request) async throws -> LoadedChallenge {
        let id = try req.id("challengeID", entity: "challenge")
        return try await req.cached("loaded-challenge", id, stamp: try await req.challengeStamp(), cost: \.estimatedBytes) {
            let challenge = try await ChallengeStore(db: req.db, catalog: req.catalog).get(id).value
            let directory = try await DirectoryLookup.load(req.db)
            return LoadedChallenge(
                id: id, challenge: challenge, directory: directory,
                name: ChallengePageParts.name(councils: directory.councilNames(challenge.organisationIds)))
        }
    }

    func team(_ req: Request) async throws -> [Identified<TeamMember>] {
        try await req.cached("team", id, stamp: try await req.challengeStamp()) {
            let store = ChallengePartStore<TeamMember>(db: req.db, catalog: req.catalog)
            return try await PublicQueries.all { try await store.list(challengeId: id, $0) }
        }
    }

    /// Roughly what it holds, for the cache's limit: the directory dominates.
    var estimatedBytes: Int { 4096 + 256 * (directory.organisations.count + directory.people.count) }
}

extension Request {
    /// The confirmation for `?done=<word>`, from the words a page knows; anything else shows nothing.
    func doneMessage(_ known: [String: String]) -> String? {
        guard let word = query[String.self, at: "done"] else { return nil }
        return known[word]
    }
}
