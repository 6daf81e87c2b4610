import EquitasCore
import EquitasPersistence
import FluentKit
import Foundation

/// The public register of awards: published challenges only, soonest to end first.
/// The API's register lists every award; here an award recorded on a challenge still
/// in drafting would reveal that challenge, so it waits until publication.
struct AccreditationRegister: Sendable {
    struct Entry: Sendable {
        var challengeId: UUID
        var organisations: [String]
        var framework: String
        var level: String
        var award: Accreditation
        /// The chain of challenges, in words: the published award this one renewed and
        /// the one that renewed it ("Follows Achieving awarded 2 May 2025").
        var chain: [String] = []
    }

    var entries: [Entry]

    static func load(expiringBefore: CalendarDate?, db: any Database, catalog: FrameworkCatalog) async throws -> AccreditationRegister {
        let challenges = try await PublicQueries.all { page in
            try await ChallengeStore(db: db, catalog: catalog).accredited(page, expiringBefore: expiringBefore)
        }
        var names = OrganisationNames(store: OrganisationStore(db: db))
        var entries: [Entry] = []
        for challenge in challenges where challenge.value.status == .published {
            guard let award = challenge.value.award else { continue }
            let framework = catalog.framework(challenge.value.frameworkId, version: challenge.value.frameworkVersion)
            entries.append(
                Entry(
                    challengeId: challenge.id,
                    organisations: try await names.names(challenge.value.organisationIds),
                    framework: framework?.name ?? challenge.value.frameworkId,
                    level: framework?.level(award.level)?.name ?? award.level,
                    award: award,
                    chain: try await chain(of: challenge, db: db, catalog: catalog)))
        }
        return AccreditationRegister(entries: entries)
    }

    /// Only published challenges' awards are named, as everywhere on this register.
    private static func chain(of challenge: Identified<Challenge>, db: any Database, catalog: FrameworkCatalog) async throws -> [String] {
        let store = ChallengeStore(db: db, catalog: catalog)
        func words(_ other: Challenge) -> String? {
            guard other.status == .published, let award = other.award else { return nil }
            let level = catalog.framework(other.frameworkId, version: other.frameworkVersion)?.level(award.level)?.name ?? award.level
            return "\(level) awarded \(award.awarded.longForm)"
        }
        var chain: [String] = []
        if let earlierId = challenge.value.follows, let earlier = try? await store.get(earlierId), let said = words(earlier.value) {
            chain.append("Follows " + said)
        }
        for follower in try await store.followers(of: challenge.id) {
            if let said = words(follower.value) { chain.append("Followed by " + said) }
        }
        return chain
    }
}
