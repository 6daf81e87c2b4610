import EquitasCore
import Foundation
import Testing

@Suite("Council comments and their resolution")
struct ReportCommentRuleTests {
    func comment(_ anchor: ReportAnchor, on version: ReportVersion? = nil, status: ChallengeStatus = .councilReview) throws -> ReportComment {
        let input = NewReportComment(anchor: anchor, author: " Head of Policy ", text: " Please check this. ")
        return try ReportTrail.comment(input, on: version ?? TrailFixture.version(), framework: .mock, status: status, at: TrailFixture.noon)
    }

    @Test("a comment may point at a finding, a recommendation or a section of its draft")
    func anchors() throws {
        let version = try TrailFixture.version()
        let finding = version.snapshot.findings[1].id
        let recommendation = version.snapshot.recommendations[0].id

        let onFinding = try comment(ReportAnchor(kind: .finding, id: finding.uuidString), on: version)
        let onRecommendation = try comment(ReportAnchor(kind: .recommendation, id: recommendation.uuidString.lowercased()), on: version)
        let onSection = try comment(ReportAnchor(kind: .section, id: "module-communities"), on: version)
        let onSubsection = try comment(ReportAnchor(kind: .section, id: "background"), on: version)

        #expect(onFinding.anchor == ReportAnchor(kind: .finding, id: finding.uuidString.lowercased()))
        #expect(onFinding.author == "Head of Policy")
        #expect(onFinding.text == "Please check this.")
        #expect(onFinding.version == 1)
        #expect(onFinding.createdAt == TrailFixture.noon)
        #expect(onRecommendation.anchor.kind == .recommendation)
        #expect(onSection.anchor.id == "module-communities")
        #expect(onSubsection.resolution == nil)
    }

    @Test("an anchor that is not in the draft's snapshot is refused, naming anchor.id")
    func missingAnchors() throws {
        let version = try TrailFixture.version()
        let aRecommendation = version.snapshot.recommendations[0].id.uuidString

        for anchor in [
            ReportAnchor(kind: .finding, id: UUID().uuidString), ReportAnchor(kind: .finding, id: "not-an-id"),
            ReportAnchor(kind: .finding, id: aRecommendation), ReportAnchor(kind: .section, id: "module-workforce"),
        ] {
            let failure = #expect(throws: ValidationFailure.self) { try comment(anchor, on: version) }
            #expect(failure?.path == "anchor.id", "\(anchor)")
        }
        let section = #expect(throws: ValidationFailure.self) { try comment(ReportAnchor(kind: .section, id: "nowhere"), on: version) }
        #expect(section?.message.hasPrefix("draft 1 has no section \"nowhere\"; its sections are background, ") == true)
    }

    @Test("comments are made on drafts only, and close with the final report")
    func onlyDrafts() throws {
        let final = try TrailFixture.version(2, kind: .final)
        let anchor = ReportAnchor(kind: .section, id: "background")

        let onFinal = #expect(throws: RuleViolation.self) { try comment(anchor, on: final) }
        let afterFinal = #expect(throws: RuleViolation.self) { try comment(anchor, status: .final) }

        #expect(onFinal?.message == "comments are made on drafts; version 2 is the final report")
        #expect(afterFinal?.message == "the final report of this challenge has been issued; comments are closed")
    }

    @Test("the author and text are required, and the council must be one of the challenge's")
    func fields() throws {
        let version = try TrailFixture.version()
        let anchor = ReportAnchor(kind: .section, id: "summary")
        func failure(_ input: NewReportComment) -> ValidationFailure? {
            do {
                _ = try ReportTrail.comment(input, on: version, framework: .mock, status: .councilReview, at: TrailFixture.noon)
                return nil
            } catch { return error as? ValidationFailure }
        }

        #expect(failure(NewReportComment(anchor: anchor, author: "", text: "x"))?.path == "author")
        #expect(failure(NewReportComment(anchor: anchor, author: "A", text: "  "))?.path == "text")
        #expect(failure(NewReportComment(anchor: anchor, author: "A", organisationId: UUID(), text: "x"))?.path == "organisation_id")
        let council = version.snapshot.challenge.value.organisationIds[1]
        #expect(failure(NewReportComment(anchor: anchor, author: "A", organisationId: council, text: "x")) == nil)
    }

    @Test("accepted, declined with a reason, or noted; each comment once")
    func resolution() throws {
        let open = try comment(ReportAnchor(kind: .section, id: "summary"))
        let later = TrailFixture.noon.addingTimeInterval(3600)

        let noted = try ReportTrail.resolve(open, with: CommentResolutionRequest(outcome: .noted, resolvedBy: " Sam "), at: later)
        let declined = try ReportTrail.resolve(
            open, with: CommentResolutionRequest(outcome: .declined, reason: "The evidence says otherwise.", resolvedBy: "Sam"), at: later)
        let bare = #expect(throws: ValidationFailure.self) {
            try ReportTrail.resolve(open, with: CommentResolutionRequest(outcome: .declined, reason: "  ", resolvedBy: "Sam"), at: later)
        }
        let again = #expect(throws: RuleViolation.self) {
            try ReportTrail.resolve(noted, with: CommentResolutionRequest(outcome: .accepted, resolvedBy: "Sam"), at: later)
        }

        #expect(noted.resolution == CommentResolution(outcome: .noted, resolvedBy: "Sam", resolvedAt: later))
        #expect(declined.resolution?.reason == "The evidence says otherwise.")
        #expect(bare?.path == "reason")
        #expect(again?.message == "this comment was already noted by Sam; a comment is resolved once")
    }

    @Test("only an accepted comment on a finding or recommendation carries revised text")
    func revisedText() throws {
        let version = try TrailFixture.version()
        let finding = version.snapshot.findings[0].id
        let onFinding = try comment(ReportAnchor(kind: .finding, id: finding.uuidString), on: version)
        let onSection = try comment(ReportAnchor(kind: .section, id: "summary"), on: version)
        let revise = CommentResolutionRequest(outcome: .accepted, revisedText: " A profile is shared. ", resolvedBy: "Sam")

        let accepted = try ReportTrail.resolve(onFinding, with: revise, at: TrailFixture.noon)
        let onNoted = #expect(throws: ValidationFailure.self) {
            try ReportTrail.resolve(onFinding, with: CommentResolutionRequest(outcome: .noted, revisedText: "x", resolvedBy: "Sam"), at: TrailFixture.noon)
        }
        let sectionRevision = #expect(throws: ValidationFailure.self) { try ReportTrail.resolve(onSection, with: revise, at: TrailFixture.noon) }

        let revision = try #require(ReportTrail.revision(of: accepted))
        #expect(revision.id == finding)
        #expect(revision.text == "A profile is shared.")
        #expect(onNoted?.path == "revised_text")
        #expect(sectionRevision?.path == "revised_text")
        #expect(ReportTrail.revision(of: onFinding) == nil)
    }
}
