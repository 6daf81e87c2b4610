import EquitasCore
import FluentKit
import Foundation

/// A session of the on-site programme; the peers who attended are in `session_peers`.
final class ProgrammeSessionRow: ChallengePartRow, @unchecked Sendable {
    static let schema = "programme_sessions"
    static let noun = "programme session"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "starts_at") var startsAt: String
    @Field(key: "ends_at") var endsAt: String
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "met") var met: String
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "position") var position: Int

    init() {}

    func apply(_ part: ProgrammeSession) {
        startsAt = part.start.description
        endsAt = part.end.description
        kind = part.kind.rawValue
        title = part.title
        met = Self.encode(part.met)
        notes = part.notes
    }

    static func parts(of rows: [ProgrammeSessionRow], on db: any Database) async throws -> [ProgrammeSession] {
        let peers = try await SessionPeerRow.targets(of: rows.map { try $0.requireID() }, on: db)
        return try rows.map { row in
            ProgrammeSession(
                start: try row.read(row.startsAt, as: LocalDateTime.init, column: "starts_at"),
                end: try row.read(row.endsAt, as: LocalDateTime.init, column: "ends_at"),
                kind: try row.read(row.kind, column: "kind"), title: row.title,
                met: try row.read(row.met, as: Self.decode, column: "met"),
                peerIds: peers[try row.requireID()] ?? [], notes: row.notes)
        }
    }

    func saveLinks(of part: ProgrammeSession, on db: any Database) async throws {
        try await SessionPeerRow.replace(owner: requireID(), targets: part.peerIds, on: db)
    }

    /// A JSON array of strings. Encoding strings cannot fail.
    static func encode(_ groups: [String]) -> String {
        let data = (try? JSONEncoder().encode(groups)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [String]? {
        try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    }
}
