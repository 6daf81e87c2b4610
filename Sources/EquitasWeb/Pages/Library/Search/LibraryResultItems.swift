import EquitasCore
import EquitasPersistence
import Vapor

/// Looks up what the result list shows beside each hit: the framework's and module's
/// names, and where this viewer can read the challenge. A published challenge's final
/// report is public, so that comes first; otherwise the challenge's own pages, when
/// the viewer may open them; otherwise no link at all.
enum LibraryResultItems {
    static func make(_ hits: [LibrarySearchHit], req: Request) async throws -> [LibraryResultList.Item] {
        var links: [UUID: (path: String, words: String)?] = [:]
        var earlierLinks: [UUID: (path: String, words: String)?] = [:]
        for hit in hits where links[hit.challenge.id] == nil {
            links[hit.challenge.id] = try await link(hit.challenge, req: req)
            if let earlier = hit.challenge.follows, try await ChallengeStore(db: req.db, catalog: req.catalog).exists(earlier) {
                let summary = LibraryChallengeSummary(
                    id: earlier, framework: "", frameworkVersion: "", status: try await ChallengeStore(db: req.db, catalog: req.catalog).get(earlier).value.status,
                    year: nil, level: nil, organisations: [])
                earlierLinks[hit.challenge.id] = try await link(summary, req: req).map { ($0.path, "The challenge this one follows") }
            }
        }
        return hits.map { hit in
            let framework = req.catalog.framework(hit.challenge.framework, version: hit.challenge.frameworkVersion)
            return LibraryResultList.Item(
                hit: hit, frameworkName: framework.map(LibrarySearchForm.frameworkWords),
                moduleTitle: hit.module.flatMap { framework?.module($0)?.name },
                challengeLink: links[hit.challenge.id] ?? nil, earlierLink: earlierLinks[hit.challenge.id] ?? nil)
        }
    }

    private static func link(_ challenge: LibraryChallengeSummary, req: Request) async throws -> (path: String, words: String)? {
        if challenge.status == .published,
            try await ReportVersionStore(db: req.db, catalog: req.catalog).latest(challengeId: challenge.id, kind: .final) != nil
        {
            return (PublishedPage.reportPath(challenge.id, .html), "Read the published report")
        }
        let facts = try await AccessFacts(db: req.db).challenge(challenge.id)
        guard req.may(.read, .challenge(facts, part: .setUp)) else { return nil }
        return (Site.challenge.path(challenge.id), "Open the challenge")
    }
}
