import EquitasCore
import FluentKit
import Foundation

/// Council comments on draft reports, and their resolution. Every call names the
/// challenge; a comment of another challenge is not found.
public struct ReportCommentStore: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    /// A comment on the draft with this number, checked against its snapshot.
    public func add(challengeId: UUID, version number: Int, _ input: NewReportComment, at date: Date) async throws -> Identified<ReportComment> {
        try await transaction { store in
            let challenge = try await ReportVersionStore(db: store.db, catalog: store.catalog).lockedChallenge(challengeId)
            let row = try await ReportVersionRow.find(challengeId: challengeId, number: number, on: store.db)
            let version = try row.version()
            let framework = try ReportSource(version: version).framework(in: store.catalog)
            let comment = try ReportTrail.comment(input, on: version, framework: framework, status: challenge.status, at: date)
            let stored = ReportCommentRow(id: UUID(), challengeId: challengeId, versionId: try row.requireID(), comment: comment)
            try await stored.create(on: store.db)
            return Identified(id: try stored.requireID(), value: try stored.comment(version: number))
        }
    }

    /// Resolves a comment once. An accepted comment's revised text replaces the text of
    /// the live finding or recommendation it was about, in the same transaction; if that
    /// has been deleted since, the result says so and the text stays on the comment.
    public func resolve(challengeId: UUID, commentId: UUID, _ request: CommentResolutionRequest, at date: Date) async throws -> ResolvedComment {
        try await transaction { store in
            let row = try await store.row(commentId, in: challengeId)
            let number = try await ReportVersionRow.require(row.versionId, on: store.db).number
            let resolved = try ReportTrail.resolve(try row.comment(version: number), with: request, at: date)
            row.apply(resolved.resolution)
            try await row.update(on: store.db)
            var revision: LiveRevision?
            if let change = ReportTrail.revision(of: resolved) {
                revision = try await store.revise(change.anchor, id: change.id, text: change.text, challengeId: challengeId)
            }
            return ResolvedComment(comment: Identified(id: commentId, value: try row.comment(version: number)), revision: revision)
        }
    }

    /// A page of the challenge's comments (or one version's), oldest first.
    public func list(
        challengeId: UUID, version: Int? = nil, unresolvedOnly: Bool = false, page: EquitasCore.PageRequest
    ) async throws -> EquitasCore.Page<Identified<ReportComment>> {
        let (query, numbers) = try await filtered(challengeId: challengeId, version: version, unresolvedOnly: unresolvedOnly)
        return try await query.page(page) { try Self.identified($0, numbers: numbers) }
    }

    /// All of them, oldest first.
    public func all(challengeId: UUID, version: Int? = nil, unresolvedOnly: Bool = false) async throws -> [Identified<ReportComment>] {
        let (query, numbers) = try await filtered(challengeId: challengeId, version: version, unresolvedOnly: unresolvedOnly)
        return try Self.identified(try await query.all(), numbers: numbers)
    }

    private func filtered(challengeId: UUID, version: Int?, unresolvedOnly: Bool) async throws -> (QueryBuilder<ReportCommentRow>, [UUID: Int]) {
        guard try await ChallengeRow.exists(challengeId, on: db) else { throw NotFound(entity: ChallengeRow.noun, id: challengeId) }
        let versions = try await ReportVersionRow.listing(challengeId, on: db)
        let numbers = Dictionary(uniqueKeysWithValues: try versions.map { (try $0.requireID(), $0.number) })
        let query = ReportCommentRow.query(on: db).filter("challenge_id", .equal, challengeId)
        if let version {
            guard let row = versions.first(where: { $0.number == version }) else { throw NotFound(entity: ReportVersionRow.noun, id: "\(version)") }
            query.filter("version_id", .equal, try row.requireID())
        }
        if unresolvedOnly {
            query.filter(.path(["resolution_outcome"], schema: ReportCommentRow.schema), .equal, .null)
        }
        return (query.sort("created_at").sort(.id), numbers)
    }

    private static func identified(_ rows: [ReportCommentRow], numbers: [UUID: Int]) throws -> [Identified<ReportComment>] {
        try rows.map { row in
            guard let number = numbers[row.versionId] else { throw NotFound(entity: ReportVersionRow.noun, id: row.versionId) }
            return Identified(id: try row.requireID(), value: try row.comment(version: number))
        }
    }

    private func row(_ id: UUID, in challengeId: UUID) async throws -> ReportCommentRow {
        let row = try await ReportCommentRow.query(on: db).filter(.id, .equal, id).filter("challenge_id", .equal, challengeId).first()
        guard let row else { throw NotFound(entity: ReportCommentRow.noun, id: id) }
        return row
    }

    /// Rewrites the live part's text through its store, so it is validated as any edit is.
    private func revise(_ anchor: ReportAnchor, id: UUID, text: String, challengeId: UUID) async throws -> LiveRevision {
        let applied: Bool
        switch anchor.kind {
        case .finding: applied = try await revise(Finding.self, id: id, text: text, challengeId: challengeId)
        case .recommendation: applied = try await revise(Recommendation.self, id: id, text: text, challengeId: challengeId)
        case .section: applied = false
        }
        return applied ? .applied(to: anchor) : .targetGone(anchor)
    }

    /// False when the part no longer exists.
    private func revise<Part: WordedPart>(_: Part.Type, id: UUID, text: String, challengeId: UUID) async throws -> Bool {
        let parts = ChallengePartStore<Part>(db: db, catalog: catalog)
        var part: Part
        do {
            part = try await parts.get(challengeId: challengeId, id: id).value
        } catch is NotFound {
            return false
        }
        part.text = text
        _ = try await nested("revised_text") { try await parts.update(challengeId: challengeId, id: id, part) }
        return true
    }

    private func transaction<T: Sendable>(_ body: @escaping @Sendable (ReportCommentStore) async throws -> T) async throws -> T {
        let catalog = self.catalog
        return try await db.transaction { db in try await body(ReportCommentStore(db: db, catalog: catalog)) }
    }
}
