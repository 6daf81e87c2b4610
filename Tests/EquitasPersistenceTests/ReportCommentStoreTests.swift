import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Council comments on report drafts")
struct ReportCommentStoreTests {
    @Test("comments point at a finding, a recommendation or a section, and list oldest first")
    func anchorsAndListing() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            let snapshot = try await world.versions.version(challengeId: world.challenge, number: 1).snapshot
            let recommendation = ReportAnchor(kind: .recommendation, id: snapshot.recommendations[0].id.uuidString)
            let section = ReportAnchor(kind: .section, id: "module-communities")

            let onFinding = try await world.commentOnFinding()
            let onRecommendation = try await world.comments.add(
                challengeId: world.challenge, version: 1,
                NewReportComment(anchor: recommendation, author: "Chief executive", organisationId: world.partner, text: "Agreed."),
                at: Date(timeIntervalSince1970: 1_712_000_100))
            let onSection = try await world.comments.add(
                challengeId: world.challenge, version: 1, NewReportComment(anchor: section, author: "Leader", text: "Missing the forum."),
                at: Date(timeIntervalSince1970: 1_712_000_200))

            #expect(onFinding.value.anchor.id == snapshot.findings[0].id.uuidString.lowercased())
            #expect(onRecommendation.value.organisationId == world.partner)
            #expect(onSection.value.createdAt == Date(timeIntervalSince1970: 1_712_000_200))
            let all = try await world.comments.all(challengeId: world.challenge)
            #expect(all == [onFinding, onRecommendation, onSection])
            let page = try await world.comments.list(challengeId: world.challenge, version: 1, page: PageRequest(page: 2, per: 2))
            #expect(page.items == [onSection])
            #expect(page.metadata.total == 3)
        }
    }

    @Test("a comment on something the draft does not hold, or on no draft, is refused")
    func refused() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            let nowhere = NewReportComment(anchor: ReportAnchor(kind: .section, id: "module-leadership"), author: "A", text: "x")

            let anchor = await #expect(throws: ValidationFailure.self) {
                try await world.comments.add(challengeId: world.challenge, version: 1, nowhere, at: Date())
            }
            await #expect(throws: NotFound(entity: "report version", id: "2")) {
                try await world.comments.add(challengeId: world.challenge, version: 2, nowhere, at: Date())
            }
            await #expect(throws: NotFound(entity: "report version", id: "2")) {
                try await world.comments.all(challengeId: world.challenge, version: 2)
            }

            #expect(anchor?.path == "anchor.id")
            #expect(try await world.rowCounts()["report_comments"] == 0)
        }
    }

    @Test("accepting with revised text rewrites the live finding, never the draft")
    func acceptedRevision() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            let comment = try await world.commentOnFinding()
            let request = CommentResolutionRequest(outcome: .accepted, revisedText: "Strong partnerships, now written down.", resolvedBy: "RM")
            let at = Date(timeIntervalSince1970: 1_712_100_000)

            let resolved = try await world.comments.resolve(challengeId: world.challenge, commentId: comment.id, request, at: at)

            let findingId = try #require(UUID(uuidString: comment.value.anchor.id))
            #expect(resolved.revision == .applied(to: comment.value.anchor))
            #expect(resolved.comment.value.resolution == CommentResolution(
                outcome: .accepted, revisedText: "Strong partnerships, now written down.", resolvedBy: "RM", resolvedAt: at))
            #expect(try await world.parts(Finding.self).get(challengeId: world.challenge, id: findingId).value.text
                == "Strong partnerships, now written down.")
            #expect(try await world.versions.version(challengeId: world.challenge, number: 1).snapshot.findings[0].value.text == "Strong partnerships.")
            #expect(try await world.comments.all(challengeId: world.challenge, unresolvedOnly: true).isEmpty)
        }
    }

    @Test("revised text for a finding deleted since is kept on the comment, and the result says so")
    func revisionOfDeleted() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            let comment = try await world.commentOnFinding()
            let findingId = try #require(UUID(uuidString: comment.value.anchor.id))
            try await world.parts(Finding.self).delete(challengeId: world.challenge, id: findingId)

            let resolved = try await world.comments.resolve(
                challengeId: world.challenge, commentId: comment.id,
                CommentResolutionRequest(outcome: .accepted, revisedText: "New words.", resolvedBy: "RM"), at: Date())

            #expect(resolved.revision?.applied == false)
            #expect(resolved.revision?.message.contains("no longer in the working copy") == true)
            #expect(try await world.comments.all(challengeId: world.challenge)[0].value.resolution?.revisedText == "New words.")
        }
    }

    @Test("a recommendation is revised the same way")
    func recommendationRevision() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            let recommendation = try await world.versions.version(challengeId: world.challenge, number: 1).snapshot.recommendations[0]
            let comment = try await world.comments.add(
                challengeId: world.challenge, version: 1,
                NewReportComment(anchor: ReportAnchor(kind: .recommendation, id: recommendation.id.uuidString), author: "A", text: "Say when."),
                at: Date())

            _ = try await world.comments.resolve(
                challengeId: world.challenge, commentId: comment.id,
                CommentResolutionRequest(outcome: .accepted, revisedText: "Publish the profile by September.", resolvedBy: "RM"), at: Date())

            let live = try await world.parts(Recommendation.self).get(challengeId: world.challenge, id: recommendation.id)
            #expect(live.value.text == "Publish the profile by September.")
            #expect(live.value.number == 1)
        }
    }

    @Test("a comment is resolved once; a refused resolution changes nothing")
    func once() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            let comment = try await world.commentOnFinding()
            let resolve = { (request: CommentResolutionRequest) in
                try await world.comments.resolve(challengeId: world.challenge, commentId: comment.id, request, at: Date())
            }

            let noReason = await #expect(throws: ValidationFailure.self) { try await resolve(CommentResolutionRequest(outcome: .declined, resolvedBy: "RM")) }
            #expect(try await world.comments.all(challengeId: world.challenge, unresolvedOnly: true).count == 1)
            _ = try await resolve(CommentResolutionRequest(outcome: .declined, reason: "The data says otherwise.", resolvedBy: "RM"))
            let again = await #expect(throws: RuleViolation.self) { try await resolve(CommentResolutionRequest(outcome: .noted, resolvedBy: "RM")) }
            let elsewhere = await #expect(throws: NotFound.self) {
                try await world.comments.resolve(
                    challengeId: world.partner, commentId: comment.id, CommentResolutionRequest(outcome: .noted, resolvedBy: "RM"), at: Date())
            }

            #expect(noReason?.path == "reason")
            #expect(again?.message == "this comment was already declined by RM; a comment is resolved once")
            #expect(elsewhere?.entity == "report comment")
            #expect(try await world.comments.all(challengeId: world.challenge)[0].value.resolution?.reason == "The data says otherwise.")
        }
    }

    @Test("comments are closed on the final report")
    func closedOnFinal() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            _ = try await world.versions.issueFinal(challengeId: world.challenge, issuedBy: "RM", on: date("2024-05-01"))
            let input = NewReportComment(anchor: ReportAnchor(kind: .section, id: "module-communities"), author: "A", text: "Late.")

            let onFinal = await #expect(throws: RuleViolation.self) { try await world.comments.add(challengeId: world.challenge, version: 2, input, at: Date()) }
            let onDraft = await #expect(throws: RuleViolation.self) { try await world.comments.add(challengeId: world.challenge, version: 1, input, at: Date()) }

            #expect(onFinal?.message == "comments are made on drafts; version 2 is the final report")
            #expect(onDraft?.message == "the final report of this challenge has been issued; comments are closed")
        }
    }
}
