import EquitasCore
import Foundation
import SQLKit

/// Loads, for a page of library hits, who each challenge was with, when and at what level.
struct LibraryChallengeSummaries {
    let sql: any SQLDatabase

    func load(_ ids: Set<UUID>) async throws -> [UUID: LibraryChallengeSummary] {
        guard !ids.isEmpty else { return [:] }
        let list = Array(ids)
        var councils: [UUID: [LibraryChallengeSummary.Council]] = [:]
        for row in try await sql.raw(
            "SELECT co.challenge_id, o.id, o.name, o.type FROM challenge_organisations co JOIN organisations o ON o.id = co.organisation_id WHERE co.challenge_id IN (\(binds: list)) ORDER BY co.position"
        ).all() {
            councils[try row.decode(column: "challenge_id", as: UUID.self), default: []].append(
                .init(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                      type: try row.decode(column: "type", as: String.self)))
        }
        var levels: [UUID: Set<String>] = [:]
        for row in try await sql.raw("SELECT challenge_id, level FROM challenge_modules WHERE challenge_id IN (\(binds: list))").all() {
            levels[try row.decode(column: "challenge_id", as: UUID.self), default: []].insert(try row.decode(column: "level", as: String.self))
        }
        var summaries: [UUID: LibraryChallengeSummary] = [:]
        for row in try await sql.raw(
            "SELECT id, framework_id, framework_version, status, start_date, created_at, follows_id FROM challenges WHERE id IN (\(binds: list))"
        ).all() {
            let id = try row.decode(column: "id", as: UUID.self)
            let statusText = try row.decode(column: "status", as: String.self)
            guard let status = ChallengeStatus(rawValue: statusText) else {
                throw CorruptColumn(table: "challenges", column: "status", value: statusText)
            }
            let dated = try row.decode(column: "start_date", as: String?.self) ?? row.decode(column: "created_at", as: String.self)
            let level = levels[id].flatMap { $0.count == 1 ? $0.first : nil }
            summaries[id] = LibraryChallengeSummary(
                id: id, framework: try row.decode(column: "framework_id", as: String.self),
                frameworkVersion: try row.decode(column: "framework_version", as: String.self), status: status,
                year: Int(dated.prefix(4)), level: level, organisations: councils[id] ?? [],
                follows: try row.decode(column: "follows_id", as: UUID?.self))
        }
        return summaries
    }
}
