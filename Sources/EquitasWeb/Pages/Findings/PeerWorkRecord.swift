import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// A challenge as the team's pages show it: everything recorded about it, the framework
/// version it is pinned to, and the words a person reads for the ids it holds.
struct PeerWorkRecord: Sendable {
    let record: ChallengeRecord
    let framework: Framework

    var id: UUID { record.challenge.id }
    var challenge: Challenge { record.challenge.value }

    /// The route's `:challengeID`, loaded whole.
    static func load(_ req: Request) async throws -> PeerWorkRecord {
        let id = try req.id("challengeID", entity: "challenge")
        // Whatever page shows it, the record holds only what the viewer may see.
        let record = try await ChallengeStore(db: req.db, catalog: req.catalog).record(id).visible(to: try await req.challengeVisibility())
        let challenge = record.challenge.value
        guard let framework = req.catalog.framework(challenge.frameworkId, version: challenge.frameworkVersion) else {
            throw RuleViolation("this challenge uses \(challenge.frameworkId) \(challenge.frameworkVersion ?? ""), which this installation does not have")
        }
        return PeerWorkRecord(record: record, framework: framework)
    }

    /// The councils challenged, by name: what people call the challenge.
    var title: String {
        let names = challenge.organisationIds.map { organisationName($0) }
        return names.count <= 1 ? (names.first ?? "Challenge") : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    var isJoint: Bool { challenge.organisationIds.count > 1 }

    /// A finding or recommendation for no one council is the whole partnership's.
    func organisationName(_ id: UUID?) -> String {
        guard let id else { return "Joint" }
        return record.organisations.first { $0.id == id }?.value.name ?? "Unknown organisation"
    }

    func moduleName(_ id: String?) -> String {
        guard let id else { return "Not tied to one \(framework.moduleNoun)" }
        return framework.module(id)?.name ?? id
    }

    /// The modules in scope first, in the challenge's order, then the rest of the framework
    /// (a finding may note something outside the scope).
    var moduleIds: [String] {
        let scoped = challenge.modules.map(\.id)
        return scoped + framework.modules.map(\.id).filter { !scoped.contains($0) }
    }

    var moduleOptions: [(value: String, words: String)] {
        let scoped = Set(challenge.modules.map(\.id))
        return moduleIds.map { ($0, scoped.contains($0) ? moduleName($0) : moduleName($0) + " (outside the scope)") }
    }

    /// "Joint" then each council; empty when there is only one council to choose.
    var councilOptions: [(value: String, words: String)] {
        guard isJoint else { return [] }
        return [("joint", "Joint: all the councils")] + challenge.organisationIds.map { ($0.uuidString.lowercased(), organisationName($0)) }
    }

    /// The way back up from a page about this challenge.
    func breadcrumbs(_ current: String) -> Node {
        Breadcrumbs.challenge(Site.challenge.path(id), name: ChallengePageParts.name(councils: challenge.organisationIds.map { organisationName($0) }), current: current)
    }
}
