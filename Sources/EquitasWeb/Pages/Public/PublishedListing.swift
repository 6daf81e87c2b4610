import EquitasCore
import EquitasPersistence
import FluentKit
import Foundation

/// What the published reports page shows: every published challenge, newest first,
/// with names and labels already looked up so the view only arranges them.
struct PublishedListing: Sendable {
    struct Entry: Sendable {
        var challengeId: UUID
        var organisations: [String]
        var framework: String
        /// The level sought, or nil when the modules seek different levels.
        var level: String?
        var start: CalendarDate?
        var end: CalendarDate?
        var award: Accreditation?
        var awardLevel: String?
        /// The second framework's level in words (2008–09: the Equality Standard's).
        var secondLevel: String? = nil
        /// Whether a final report version was issued; only then are there links.
        var hasFinalReport: Bool
    }

    var entries: [Entry]

    static func load(db: any Database, catalog: FrameworkCatalog) async throws -> PublishedListing {
        let challenges = try await PublicQueries.all { page in
            try await ChallengeStore(db: db, catalog: catalog).list(page, status: .published)
        }
        let versions = ReportVersionStore(db: db, catalog: catalog)
        var names = OrganisationNames(store: OrganisationStore(db: db))
        var entries: [Entry] = []
        for challenge in challenges {
            let value = challenge.value
            let framework = catalog.framework(value.frameworkId, version: value.frameworkVersion)
            entries.append(
                Entry(
                    challengeId: challenge.id,
                    organisations: try await names.names(value.organisationIds),
                    framework: framework.map { "\($0.name) (\($0.version))" } ?? value.frameworkId,
                    level: value.commonLevel.map { framework?.level($0)?.name ?? $0 },
                    start: value.start, end: value.end, award: value.award,
                    awardLevel: value.award.map { framework?.level($0.level)?.name ?? $0.level },
                    secondLevel: value.secondLevel?.words(in: catalog),
                    hasFinalReport: try await versions.latest(challengeId: challenge.id, kind: .final) != nil))
        }
        return PublishedListing(entries: entries)
    }
}
