import EquitasCore
import FluentKit
import Foundation

/// Loads the few facts an access decision needs (a challenge's status, councils and
/// team) without building whole records, since it runs before every protected request.
/// A plan's council comes with the plan's change stamp (`ChangeStamps.actionPlan`).
public struct AccessFacts: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    public func challenge(_ id: UUID) async throws -> ChallengeFacts {
        let row = try await ChallengeRow.require(id, on: db)
        let councils = try await ChallengeOrganisationRow.query(on: db).filter("challenge_id", .equal, id).sort("position").all()
        let team = try await TeamMemberRow.query(on: db).filter("challenge_id", .equal, id).all()
        let feedback = try await FeedbackPresentationRow.query(on: db).filter("challenge_id", .equal, id).count()
        let versions = try await ReportVersionRow.query(on: db).filter("challenge_id", .equal, id).count()
        return ChallengeFacts(
            status: try row.read(row.status, column: "status"), organisationIds: councils.map(\.organisationId),
            teamPersonIds: Set(team.map(\.personId)), feedbackGiven: feedback > 0, draftIssued: versions > 0)
    }

    /// The challenges an actor may see at all, or nil when it may see every one.
    /// (What it may do with each is the policy's question, asked per request.)
    public func visibleChallengeIds(for actor: Actor) async throws -> Set<UUID>? {
        switch actor.role {
        case .administrator, .reviewManager:
            return nil
        case .peer:
            guard let person = actor.personId else { return [] }
            let teams = try await TeamMemberRow.query(on: db).filter("person_id", .equal, person).all().map(\.challengeId)
            return try await challenges(teams, where: { $0 <= .final })
        case .councilOfficer, .councillor:
            guard let council = actor.organisationId else { return [] }
            return Set(try await ChallengeOrganisationRow.query(on: db).filter("organisation_id", .equal, council).all().map(\.challengeId))
        case .public:
            return Set(try await ChallengeRow.query(on: db).filter("status", .equal, ChallengeStatus.published.rawValue).all().map { try $0.requireID() })
        }
    }

    /// The challenges whose findings an actor may find in the library besides the
    /// published ones: a team's own; a council's own once the final report has frozen the
    /// findings (the library searches the live text, which the council never sees before).
    public func searchableChallengeIds(for actor: Actor) async throws -> Set<UUID>? {
        guard actor.role == .councilOfficer || actor.role == .councillor else { return try await visibleChallengeIds(for: actor) }
        let own = try await visibleChallengeIds(for: actor) ?? []
        return try await challenges(Array(own), where: { $0 >= .final })
    }

    private func challenges(_ ids: [UUID], where keep: (ChallengeStatus) -> Bool) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        let rows = try await ChallengeRow.query(on: db).filter(ChallengeRow.among(.id, ids)).all()
        return Set(try rows.filter { keep(try $0.read($0.status, column: "status")) }.map { try $0.requireID() })
    }
}
