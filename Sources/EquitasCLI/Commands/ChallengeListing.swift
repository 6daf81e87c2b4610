import EquitasCore
import EquitasPersistence
import Fluent
import Foundation

/// A page of challenges with their organisations' names, for people to read.
struct ChallengeListing: Codable {
    struct Row: Codable {
        var id: UUID
        var organisations: [String]
        var framework: String
        var level: String?
        var status: ChallengeStatus
        var start: CalendarDate?
        var end: CalendarDate?
    }

    var items: [Row]
    var metadata: EquitasCore.PageMetadata

    static func load(db: any Database, catalog: FrameworkCatalog, page: EquitasCore.PageRequest, status: ChallengeStatus?) async throws -> ChallengeListing {
        let challenges = try await ChallengeStore(db: db, catalog: catalog).list(page, status: status)
        let organisations = OrganisationStore(db: db)
        var rows: [Row] = []
        for challenge in challenges.items {
            var names: [String] = []
            for id in challenge.value.organisationIds { names.append(try await organisations.get(id).value.name) }
            let value = challenge.value
            rows.append(Row(
                id: challenge.id, organisations: names, framework: value.frameworkId + "@" + (value.frameworkVersion ?? "?"),
                level: value.commonLevel, status: value.status, start: value.start, end: value.end))
        }
        return ChallengeListing(items: rows, metadata: challenges.metadata)
    }

    var table: String {
        guard !items.isEmpty else { return "No challenges yet. `equitas demo` loads an example." }
        var lines = items.map { row in
            [row.id.uuidString.lowercased(), row.status.rawValue, row.framework, row.level ?? "mixed",
             row.start.map(String.init(describing:)) ?? "no dates", row.organisations.joined(separator: " & ")]
                .joined(separator: "  ")
        }
        let shown = items.count
        if metadata.total > shown {
            lines.append("(page \(metadata.page): \(shown) of \(metadata.total); use --page for more)")
        }
        return lines.joined(separator: "\n")
    }
}
