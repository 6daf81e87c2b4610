import EquitasCore
import FluentKit
import Foundation

/// A council comment on a draft; the resolution columns stay null until it is resolved.
final class ReportCommentRow: EquitasRow, @unchecked Sendable {
    static let schema = "report_comments"
    static let noun = "report comment"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "version_id") var versionId: UUID
    @Field(key: "anchor_kind") var anchorKind: String
    @Field(key: "anchor_id") var anchorId: String
    @Field(key: "author") var author: String
    @OptionalField(key: "organisation_id") var organisationId: UUID?
    @Field(key: "text") var text: String
    @Field(key: "created_at") var createdAt: String
    @OptionalField(key: "resolution_outcome") var resolutionOutcome: String?
    @OptionalField(key: "resolution_reason") var resolutionReason: String?
    @OptionalField(key: "resolution_revised_text") var resolutionRevisedText: String?
    @OptionalField(key: "resolved_by") var resolvedBy: String?
    @OptionalField(key: "resolved_at") var resolvedAt: String?

    init() {}

    init(id: UUID, challengeId: UUID, versionId: UUID, comment: ReportComment) {
        self.id = id
        self.challengeId = challengeId
        self.versionId = versionId
        anchorKind = comment.anchor.kind.rawValue
        anchorId = comment.anchor.id
        author = comment.author
        organisationId = comment.organisationId
        text = comment.text
        createdAt = Self.timestamp(comment.createdAt)
        apply(comment.resolution)
    }

    func apply(_ resolution: CommentResolution?) {
        resolutionOutcome = resolution?.outcome.rawValue
        resolutionReason = resolution?.reason
        resolutionRevisedText = resolution?.revisedText
        resolvedBy = resolution?.resolvedBy
        resolvedAt = resolution.map { Self.timestamp($0.resolvedAt) }
    }

    /// The comment, given the number of the version `versionId` names.
    func comment(version: Int) throws -> ReportComment {
        ReportComment(
            version: version, anchor: ReportAnchor(kind: try read(anchorKind, column: "anchor_kind"), id: anchorId), author: author,
            organisationId: organisationId, text: text, createdAt: try read(createdAt, as: Self.date, column: "created_at"),
            resolution: try resolution())
    }

    private func resolution() throws -> CommentResolution? {
        guard let resolutionOutcome, let resolvedBy, let resolvedAt else { return nil }
        return CommentResolution(
            outcome: try read(resolutionOutcome, column: "resolution_outcome"), reason: resolutionReason,
            revisedText: resolutionRevisedText, resolvedBy: resolvedBy, resolvedAt: try read(resolvedAt, as: Self.date, column: "resolved_at"))
    }

    /// The same text format as the challenges' own timestamps, sortable on both databases.
    static func timestamp(_ date: Date) -> String { MicrosecondTimestamp().serialize(date) ?? "" }
    static func date(_ text: String) -> Date? { MicrosecondTimestamp().parse(text) }
}
