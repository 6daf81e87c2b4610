import EquitasCore
import FluentKit
import Foundation

/// The checks a challenge passes before it is stored: the framework, the organisations,
/// and on a change the lifecycle and what the rest of the record still refers to.
extension ChallengeStore {
    /// The framework a new challenge names: the version it names, or the newest.
    func framework(for challenge: Challenge) throws(ValidationFailure) -> Framework {
        let id = challenge.frameworkId
        guard catalog.framework(id) != nil else {
            let known = catalog.latest.map(\.id).joined(separator: ", ")
            throw ValidationFailure(path: "framework_id", message: "unknown framework \"\(id)\"; known: \(known)")
        }
        guard let framework = catalog.framework(id, version: challenge.frameworkVersion) else {
            let versions = catalog.frameworks.filter { $0.id == id }.map(\.version).joined(separator: ", ")
            throw ValidationFailure(
                path: "framework_version", message: "\(id) has no version \"\(challenge.frameworkVersion ?? "")\"; known: \(versions)")
        }
        return framework
    }

    /// The framework a stored challenge is pinned to. Missing only if the installation's
    /// framework library lost a version it once had.
    func pinnedFramework(of challenge: Challenge) throws -> Framework {
        guard let framework = catalog.framework(challenge.frameworkId, version: challenge.frameworkVersion ?? "") else {
            throw RuleViolation(
                "this challenge uses \(challenge.frameworkId) version \(challenge.frameworkVersion ?? "?"), which this installation does not have"
            )
        }
        return framework
    }

    /// Validates a challenge about to be stored under a new id.
    func checkedNew(_ value: Challenge, id: UUID) async throws -> Challenge {
        guard try await !ChallengeRow.exists(id, on: db) else {
            throw ValidationFailure(path: "id", message: "\(id.uuidString.lowercased()) is already used by another challenge")
        }
        let scoped = try await startingScope(value)
        let framework = try framework(for: scoped)
        let valid = try scoped.validated(against: framework, second: try catalog.secondFramework(of: scoped))
        try await checkOrganisations(valid.organisationIds, framework: framework)
        try await checkFollows(valid, id: id)
        return valid
    }

    func checkedChange(from stored: Challenge, to value: Challenge, id: UUID) async throws -> Challenge {
        guard value.frameworkId == stored.frameworkId else {
            throw RuleViolation(
                "a challenge's framework cannot change once it exists (this one uses \(stored.frameworkId)); start a new challenge instead")
        }
        if let version = value.frameworkVersion, version != stored.frameworkVersion {
            throw RuleViolation(
                "this challenge is pinned to \(stored.frameworkId) version \(stored.frameworkVersion ?? "?"), not \(version)")
        }
        if value.kind != stored.kind, stored.status != .planning {
            throw RuleViolation("the kind of a challenge can change only while it is being planned")
        }
        try ChallengeLifecycle.check(from: stored.status, to: value.status, kind: value.kind)
        let framework = try pinnedFramework(of: stored)
        let valid = try value.validated(against: framework, second: try catalog.secondFramework(of: value))
        try await checkOrganisations(valid.organisationIds, framework: framework, added: Set(valid.organisationIds).subtracting(stored.organisationIds))
        try await checkStillNamed(Set(stored.organisationIds).subtracting(valid.organisationIds), challengeId: id)
        try await checkFollows(valid, id: id)
        return valid
    }

    /// Each organisation exists, and each one newly named is a body the framework is
    /// written for (the LGA runs challenges; it is never challenged). Those already on a
    /// stored challenge stay, whatever their type, so an old record can still be edited.
    private func checkOrganisations(_ ids: [UUID], framework: Framework, added: Set<UUID>? = nil) async throws {
        for (index, id) in ids.enumerated() {
            guard let row = try await OrganisationRow.find(id, on: db) else {
                throw ValidationFailure(path: "organisation_ids[\(index)]", message: NotFound(entity: OrganisationRow.noun, id: id).description)
            }
            guard added?.contains(id) ?? true else { continue }
            let organisation = try row.value()
            guard framework.applies(to: organisation.type) else {
                throw ValidationFailure(
                    path: "organisation_ids[\(index)]", message: ChallengeRules.notApplicable(organisation, framework: framework))
            }
        }
    }

    /// An organisation leaves a challenge only when nothing recorded under it names it.
    private func checkStillNamed(_ removed: Set<UUID>, challengeId: UUID) async throws {
        guard !removed.isEmpty else { return }
        let ids = Array(removed)
        let uses =
            try await FindingRow.query(on: db).filter("challenge_id", .equal, challengeId)
            .filter(FindingRow.among("organisation_id", ids)).count()
            + RecommendationRow.query(on: db).filter("challenge_id", .equal, challengeId)
            .filter(RecommendationRow.among("organisation_id", ids)).count()
            + SelfAssessmentRow.query(on: db).filter("challenge_id", .equal, challengeId)
            .filter(SelfAssessmentRow.among("organisation_id", ids)).count()
        guard uses == 0 else {
            throw RuleViolation(
                "an organisation being removed from this challenge is named by \(uses) of its findings, recommendations or self-assessment entries; change those first"
            )
        }
    }
}
