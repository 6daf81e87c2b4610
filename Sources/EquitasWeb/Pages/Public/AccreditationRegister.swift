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
                    award: award))
        }
        return AccreditationRegister(entries: entries)
    }
}
