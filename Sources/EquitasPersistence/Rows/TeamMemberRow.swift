import EquitasCore
import FluentKit
import Foundation

final class TeamMemberRow: PlainPartRow, @unchecked Sendable {
    static let schema = "team_members"
    static let noun = "team member"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "person_id") var personId: UUID
    @Field(key: "role") var role: String
    @Field(key: "position") var position: Int

    init() {}

    func apply(_ part: TeamMember) {
        personId = part.personId
        role = part.role.rawValue
    }

    func part() throws -> TeamMember {
        TeamMember(personId: personId, role: try read(role, column: "role"))
    }

    /// The person must exist and be on the team once.
    static func check(_ part: TeamMember, id: UUID, challengeId: UUID, on db: any Database) async throws {
        guard try await PersonRow.exists(part.personId, on: db) else {
            throw ValidationFailure(path: "person_id", message: NotFound(entity: PersonRow.noun, id: part.personId).description)
        }
        let already = try await query(on: db)
            .filter("challenge_id", .equal, challengeId).filter("person_id", .equal, part.personId)
            .filter(.id, .notEqual, id).count()
        if already > 0 {
            throw ValidationFailure(
                path: "person_id", message: "\(part.personId.uuidString.lowercased()) is already on this challenge's team")
        }
    }

    /// Someone who leaves the team no longer attended its sessions as a peer.
    func willChange(from stored: TeamMember, to part: TeamMember?, on db: any Database) async throws {
        guard part?.personId != stored.personId else { return }
        let sessions = try await ProgrammeSessionRow.query(on: db).filter("challenge_id", .equal, challengeId).all().map {
            try $0.requireID()
        }
        guard !sessions.isEmpty else { return }
        // Row by row, so that each removal is recorded in the audit trail.
        let links = try await SessionPeerRow.query(on: db)
            .filter(SessionPeerRow.among(SessionPeerRow.ownerKey, sessions))
            .filter("person_id", .equal, stored.personId).all()
        for link in links { try await link.delete(on: db) }
    }
}
