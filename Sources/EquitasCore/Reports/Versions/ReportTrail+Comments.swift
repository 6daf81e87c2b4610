import Foundation

/// The rules for council comments: where they may be made, what they may point at, and
/// how each is resolved once.
extension ReportTrail {
    /// A new comment on `version`, checked against the report built from its snapshot.
    /// Throws RuleViolation when comments are not open; ValidationFailure for bad input.
    public static func comment(
        _ input: NewReportComment, on version: ReportVersion, framework: Framework, status: ChallengeStatus, at date: Date
    ) throws -> ReportComment {
        guard version.kind == .draft else {
            throw RuleViolation("comments are made on drafts; version \(version.number) is the final report")
        }
        guard status != .final, status != .published else {
            throw RuleViolation("the final report of this challenge has been issued; comments are closed")
        }
        let anchor = try checkedAnchor(input.anchor, in: version, framework: framework)
        let author = try Text.required(input.author, path: "author", maximum: nameMaximum)
        let text = try Text.required(input.text, path: "text")
        if let organisation = input.organisationId, !version.snapshot.challenge.value.organisationIds.contains(organisation) {
            throw ValidationFailure(
                path: "organisation_id", message: "\(organisation.uuidString.lowercased()) is not one of the organisations in this challenge")
        }
        return ReportComment(
            version: version.number, anchor: anchor, author: author, organisationId: input.organisationId, text: text, createdAt: date)
    }

    /// The anchor as stored: finding and recommendation ids in lower case, and each
    /// one present in the version commented on.
    static func checkedAnchor(_ anchor: ReportAnchor, in version: ReportVersion, framework: Framework) throws(ValidationFailure) -> ReportAnchor {
        let snapshot = version.snapshot
        switch anchor.kind {
        case .finding, .recommendation:
            let ids = anchor.kind == .finding ? snapshot.findings.map(\.id) : snapshot.recommendations.map(\.id)
            guard let id = UUID(uuidString: anchor.id), ids.contains(id) else {
                throw ValidationFailure(path: "anchor.id", message: "\(version.label) has no \(anchor.kind.rawValue) with id \"\(anchor.id)\"")
            }
            return ReportAnchor(kind: anchor.kind, id: id.uuidString.lowercased())
        case .section:
            let sections = sectionIds(of: ReportBuilder.build(snapshot, framework: framework, edition: version.edition))
            guard sections.contains(anchor.id) else {
                throw ValidationFailure(
                    path: "anchor.id",
                    message: "\(version.label) has no section \"\(anchor.id)\"; its sections are \(sections.joined(separator: ", "))")
            }
            return anchor
        }
    }

    /// Every section id in the document, at any depth, in reading order.
    public static func sectionIds(of document: ReportDocument) -> [String] {
        func walk(_ sections: [ReportSection]) -> [String] { sections.flatMap { [$0.id] + walk($0.subsections) } }
        return walk(document.sections)
    }

    /// The comment resolved as asked. A comment is resolved once; a declined one needs a
    /// reason; only an accepted comment on a finding or recommendation may reword it.
    public static func resolve(_ comment: ReportComment, with request: CommentResolutionRequest, at date: Date) throws -> ReportComment {
        if let done = comment.resolution {
            throw RuleViolation("this comment was already \(done.outcome.rawValue) by \(done.resolvedBy); a comment is resolved once")
        }
        let resolvedBy = try Text.required(request.resolvedBy, path: "resolved_by", maximum: nameMaximum)
        let reason = try Text.optional(request.reason, path: "reason")
        let revisedText = try Text.optional(request.revisedText, path: "revised_text")
        if request.outcome == .declined, reason == nil {
            throw ValidationFailure(path: "reason", message: "a declined comment needs a reason, which the council will read")
        }
        if revisedText != nil {
            guard request.outcome == .accepted else {
                throw ValidationFailure(path: "revised_text", message: "only an accepted comment revises the text; this one is \(request.outcome.rawValue)")
            }
            guard comment.anchor.kind != .section else {
                throw ValidationFailure(
                    path: "revised_text", message: "a comment on a section has no single text to revise; edit its findings instead")
            }
        }
        var resolved = comment
        resolved.resolution = CommentResolution(
            outcome: request.outcome, reason: reason, revisedText: revisedText, resolvedBy: resolvedBy, resolvedAt: date)
        return resolved
    }

    /// The finding or recommendation a resolved comment rewords, and its new text.
    public static func revision(of comment: ReportComment) -> (anchor: ReportAnchor, id: UUID, text: String)? {
        guard let resolution = comment.resolution, resolution.outcome == .accepted, let text = resolution.revisedText,
              comment.anchor.kind != .section, let id = UUID(uuidString: comment.anchor.id) else { return nil }
        return (comment.anchor, id, text)
    }
}
