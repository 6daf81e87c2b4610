import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Report versions")
struct ReportVersionStoreTests {
    @Test("issuing a draft freezes the challenge as it is and moves it to council review")
    func draftSnapshot() async throws {
        try await withWorld { world in
            try await world.readyToDraft()

            let summary = try await world.issueDraft()

            #expect(summary == ReportVersionSummary(
                number: 1, kind: .draft, issuedOn: date("2024-04-02"), issuedBy: "Review manager",
                comments: CommentCounts(total: 0, unresolved: 0)))
            #expect(try await world.status() == .councilReview)
            let version = try await world.versions.version(challengeId: world.challenge, number: 1)
            #expect(version.snapshot == (try await world.challenges.record(world.challenge)))
            #expect(version.snapshot.challenge.value.status == .councilReview)
        }
    }

    @Test("later edits to the live challenge never change an issued version")
    func frozen() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            let findings = world.parts(Finding.self)
            let first = try await findings.list(challengeId: world.challenge, PageRequest()).items[0]
            var edited = first.value
            edited.text = "Rewritten after the draft went out."

            _ = try await findings.update(challengeId: world.challenge, id: first.id, edited)
            try await findings.delete(challengeId: world.challenge, id: try await findings.list(challengeId: world.challenge, PageRequest()).items[1].id)

            let draft = try await world.versions.version(challengeId: world.challenge, number: 1)
            #expect(draft.snapshot.findings.map(\.value.text) == ["Strong partnerships.", "Few disclose."])
            let second = try await world.issueDraft()
            #expect(second.number == 2)
            let redraft = try await world.versions.version(challengeId: world.challenge, number: 2)
            #expect(redraft.snapshot.findings.map(\.value.text) == ["Rewritten after the draft went out."])
        }
    }

    @Test("a draft is refused outside drafting and council review, and nothing is written")
    func draftRefused() async throws {
        try await withWorld { world in
            let refused = await #expect(throws: RuleViolation.self) { try await world.issueDraft() }
            let blank = await #expect(throws: ValidationFailure.self) {
                try await world.versions.issueDraft(challengeId: world.challenge, issuedBy: " ", on: date("2024-04-02"))
            }
            let missing = await #expect(throws: NotFound.self) {
                try await world.versions.issueDraft(challengeId: world.council, issuedBy: "Someone", on: date("2024-04-02"))
            }
            let counts = try await world.rowCounts()
            let status = try await world.status()

            #expect(refused?.message == "a draft report can be issued while the challenge is in drafting or council review; this one is in planning")
            #expect(blank?.path == "issued_by")
            #expect(missing?.entity == "challenge")
            #expect(counts["report_versions"] == 0)
            #expect(status == .planning)
        }
    }

    @Test("the final report waits for every comment, then closes the trail")
    func final() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            let comment = try await world.commentOnFinding()
            let another = try await world.commentOnFinding(text: "And this.")

            let waiting = await #expect(throws: RuleViolation.self) {
                try await world.versions.issueFinal(challengeId: world.challenge, issuedBy: "Review manager", on: date("2024-05-01"))
            }
            #expect(waiting?.message == "2 comments on draft 1 are unresolved; resolve each before issuing the final report")
            #expect(try await world.versions.list(challengeId: world.challenge).map(\.comments) == [CommentCounts(total: 2, unresolved: 2)])
            #expect(try await world.status() == .councilReview)

            for id in [comment.id, another.id] {
                _ = try await world.comments.resolve(
                    challengeId: world.challenge, commentId: id, CommentResolutionRequest(outcome: .noted, resolvedBy: "Review manager"), at: Date())
            }
            let final = try await world.versions.issueFinal(challengeId: world.challenge, issuedBy: "Review manager", on: date("2024-05-01"))

            #expect(final.number == 2)
            #expect(final.kind == .final)
            #expect(try await world.status() == .final)
            #expect(try await world.versions.list(challengeId: world.challenge).map(\.comments.unresolved) == [0, 0])
            await #expect(throws: RuleViolation.self) {
                try await world.versions.issueFinal(challengeId: world.challenge, issuedBy: "Review manager", on: date("2024-05-02"))
            }
            await #expect(throws: RuleViolation.self) { try await world.issueDraft() }
            #expect(try await world.rowCounts()["report_versions"] == 2)
        }
    }

    @Test("a report source is the working copy, the latest draft, the final or a number")
    func sources() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            _ = try await world.issueDraft()
            let today = date("2024-06-01")

            let working = try await world.versions.source(challengeId: world.challenge, choice: .working, today: today)
            let latest = try await world.versions.source(challengeId: world.challenge, choice: .latestDraft, today: today)
            let first = try await world.versions.source(challengeId: world.challenge, choice: .number(1), today: today)

            #expect(working.edition == .working(asOf: today))
            #expect(working.record == (try await world.challenges.record(world.challenge)))
            #expect(latest.edition == .draft(number: 2, issued: date("2024-04-02")))
            #expect(first.edition == .draft(number: 1, issued: date("2024-04-02")))
            #expect(try await world.versions.latest(challengeId: world.challenge, kind: .final) == nil)
            await #expect(throws: NotFound(
                entity: "report version", id: "final",
                message: "the challenge has no final report yet: there is the working copy and draft 1, draft 2 (version working or 2)")) {
                try await world.versions.source(challengeId: world.challenge, choice: .final, today: today)
            }
            await #expect(throws: NotFound(entity: "report version", id: "3")) {
                try await world.versions.source(challengeId: world.challenge, choice: .number(3), today: today)
            }
        }
    }

    @Test("deleting the challenge deletes its versions and their comments")
    func cascade() async throws {
        try await withWorld { world in
            try await world.readyToDraft()
            _ = try await world.issueDraft()
            _ = try await world.commentOnFinding()

            try await world.challenges.delete(world.challenge)

            let counts = try await world.rowCounts()
            #expect(counts["report_versions"] == 0)
            #expect(counts["report_comments"] == 0)
        }
    }
}
