import EquitasCore
import FluentKit
import Foundation

/// The versions of a challenge's report: drafts issued for council comment and the final
/// report, each a frozen snapshot of the whole challenge. Issuing one moves the challenge
/// along its lifecycle in the same transaction.
public struct ReportVersionStore: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    /// Freezes the next draft and moves the challenge to council review.
    public func issueDraft(challengeId: UUID, issuedBy: String, on day: CalendarDate) async throws -> ReportVersionSummary {
        let issuer = try ReportTrail.issuer(issuedBy)
        return try await transaction { store in
            let challenge = try await store.lockedChallenge(challengeId)
            try ReportTrail.checkIssueDraft(status: challenge.status)
            let number = ReportTrail.nextNumber(after: try await store.list(challengeId: challengeId))
            return try await store.freeze(challengeId, kind: .draft, number: number, status: .councilReview, issuedBy: issuer, on: day)
        }
    }

    /// Freezes the final report and moves the challenge to final; refused while any
    /// comment on any draft is unresolved.
    public func issueFinal(challengeId: UUID, issuedBy: String, on day: CalendarDate) async throws -> ReportVersionSummary {
        let issuer = try ReportTrail.issuer(issuedBy)
        return try await transaction { store in
            let challenge = try await store.lockedChallenge(challengeId)
            let versions = try await store.list(challengeId: challengeId)
            try ReportTrail.checkIssueFinal(status: challenge.status, versions: versions)
            let number = ReportTrail.nextNumber(after: versions)
            return try await store.freeze(challengeId, kind: .final, number: number, status: .final, issuedBy: issuer, on: day)
        }
    }

    /// Every version, by number, without snapshots but with their comment counts.
    public func list(challengeId: UUID) async throws -> [ReportVersionSummary] {
        guard try await ChallengeRow.exists(challengeId, on: db) else { throw NotFound(entity: ChallengeRow.noun, id: challengeId) }
        let rows = try await ReportVersionRow.listing(challengeId, on: db)
        var summaries: [ReportVersionSummary] = []
        for row in rows {
            let comments = ReportCommentRow.query(on: db).filter("version_id", .equal, try row.requireID())
            let total = try await comments.copy().count()
            let unresolved = try await comments.copy()
                .filter(.path(["resolution_outcome"], schema: ReportCommentRow.schema), .equal, .null).count()
            summaries.append(try row.summary(comments: CommentCounts(total: total, unresolved: unresolved)))
        }
        return summaries
    }

    public func version(challengeId: UUID, number: Int) async throws -> ReportVersion {
        try await ReportVersionRow.find(challengeId: challengeId, number: number, on: db).version()
    }

    /// The newest version of that kind, or nil when none has been issued.
    public func latest(challengeId: UUID, kind: ReportVersionKind) async throws -> ReportVersion? {
        let row = try await ReportVersionRow.query(on: db)
            .filter("challenge_id", .equal, challengeId).filter("kind", .equal, kind.rawValue)
            .sort("number", .descending).first()
        return try row?.version()
    }

    /// What a report is rendered from: the live challenge dated `today`, or a version's
    /// snapshot. A version that has not been issued is not found.
    public func source(challengeId: UUID, choice: ReportVersionChoice, today: CalendarDate) async throws -> ReportSource {
        switch choice {
        case .working:
            let record = try await ChallengeStore(db: db, catalog: catalog).record(challengeId)
            return ReportSource(record: record, edition: .working(asOf: today))
        case .number(let number):
            return ReportSource(version: try await version(challengeId: challengeId, number: number))
        case .latestDraft, .final:
            guard try await ChallengeRow.exists(challengeId, on: db) else { throw NotFound(entity: ChallengeRow.noun, id: challengeId) }
            let kind: ReportVersionKind = choice == .final ? .final : .draft
            guard let version = try await latest(challengeId: challengeId, kind: kind) else {
                let issued = try await ReportVersionRow.query(on: db).filter("challenge_id", .equal, challengeId).sort("number").all()
                let others = issued.map { "\($0.kind == ReportVersionKind.final.rawValue ? "final" : "draft") \($0.number)" }
                throw NotFound(
                    entity: ReportVersionRow.noun, id: choice.description,
                    message: "the challenge has no \(kind == .final ? "final report" : "draft") yet: there is the working copy"
                        + (others.isEmpty ? "" : " and " + others.joined(separator: ", "))
                        + " (version working" + (issued.last.map { " or \($0.number)" } ?? "") + ")")
            }
            return ReportSource(version: version)
        }
    }

    /// Moves the challenge on, then snapshots it (so the snapshot holds the new status)
    /// under the next number.
    private func freeze(
        _ challengeId: UUID, kind: ReportVersionKind, number: Int, status: ChallengeStatus, issuedBy: String, on day: CalendarDate
    ) async throws -> ReportVersionSummary {
        let challenges = ChallengeStore(db: db, catalog: catalog)
        _ = try await challenges.transition(challengeId, to: status)
        let version = ReportVersion(number: number, kind: kind, issuedOn: day, issuedBy: issuedBy, snapshot: try await challenges.record(challengeId).withoutTeamNotes)
        try await ReportVersionRow(id: UUID(), challengeId: challengeId, version: version).create(on: db)
        return ReportVersionSummary(version, comments: CommentCounts(total: 0, unresolved: 0))
    }

    /// The challenge, with its row locked until the transaction ends (on PostgreSQL), so
    /// that two versions issued at once are numbered one after the other.
    func lockedChallenge(_ id: UUID) async throws -> Challenge {
        try await SQLAccess.sql(db).select().column("id").from(ChallengeRow.schema).where("id", .equal, id).for(.update).run()
        return try await ChallengeStore(db: db, catalog: catalog).get(id).value
    }

    private func transaction<T: Sendable>(_ body: @escaping @Sendable (ReportVersionStore) async throws -> T) async throws -> T {
        let catalog = self.catalog
        return try await db.transaction { db in try await body(ReportVersionStore(db: db, catalog: catalog)) }
    }
}
