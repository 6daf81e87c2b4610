import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// `/library/import` with a report that prints the council's comments on its draft: the
/// preview lists them with their resolution, and what the person keeps is stored as
/// draft 1's comments (our own corpus document, bench/import-corpus).
@Suite("Importing a past report's council comments through the preview page")
struct ReportImportCommentsPageTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("bench/import-corpus")

    @Test("the comments are previewed with their resolution; those kept are stored, one on a finding left out moves to the whole report")
    func previewAndConfirm() async throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent("20-report-2016-comments-table.md"))
        try await withTestApp { app in
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let preview = try await manager.postMultipart(
                "/library/import", fields: [], file: ("file", "pellingford.md", "text/markdown", data))
            #expect(preview.status == .ok, "\(preview.text)")
            try PageCheck.structure(preview.text)
            #expect(preview.text.contains("The council&#39;s comments on the draft") || preview.text.contains("The council's comments on the draft"))
            #expect(preview.text.contains("On recommendation 3, from") == false)
            #expect(preview.text.contains("On recommendation 3"))
            // Each place is shown with its opening words, so a comment placed wrongly shows.
            #expect(preview.text.contains("On recommendation 3: \u{201C}Fix the accessibility failures on the payment pages before the next budget\u{2026}\u{201D}"))
            #expect(preview.text.contains("On finding 3: \u{201C}Little is known about Gypsy and Traveller households in the district.\u{201D}"))
            #expect(preview.text.contains("On the area Involving your communities"))

            var confirm = try PageForm.find(in: preview.text, action: "/library/import/confirm")
            #expect(confirm.value("comment_0_outcome") == "accepted")
            #expect(confirm.value("comment_1_outcome") == "declined")
            #expect(confirm.value("comment_2_outcome") == "noted")
            #expect(confirm.value("comment_0_place") == "finding:2")
            // The finding comment 1 is about is left out; comment 2 is left out; comment 3 is re-read as accepted.
            confirm.set("finding_2_leave_out", "yes")
            confirm.set("comment_1_leave_out", "yes")
            try confirm.choose("comment_2_outcome", "Accepted")
            let saved = try await manager.submit(confirm)
            #expect(saved.status == .seeOther, "\(saved.text)")

            let location = try #require(saved.headers.first(name: .location))
            let id = try #require(UUID(uuidString: String(location.dropFirst("/challenges/".count).prefix(36))))
            let comments = try await ReportCommentStore(db: app.db, catalog: shippedCatalog).all(challengeId: id).map(\.value)
            #expect(comments.count == 3)
            #expect(comments.map(\.anchor.kind) == [.section, .finding, .section])
            #expect(comments.first?.anchor == .wholeReport)
            #expect(comments.map { $0.resolution?.outcome } == [.accepted, .accepted, .accepted])
            #expect(comments.first?.resolution?.reason == "Accepted: the finding now says the survey has been commissioned.")
            let versions = try await ReportVersionStore(db: app.db, catalog: shippedCatalog).list(challengeId: id)
            #expect(versions.map(\.issuedOn) == [CalendarDate("2016-03-10")])
        }
    }

    @Test("a comment marked not accepted without the team's response is refused at its field, nothing stored")
    func declinedNeedsReason() async throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent("20-report-2016-comments-table.md"))
        try await withTestApp { app in
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let preview = try await manager.postMultipart(
                "/library/import", fields: [], file: ("file", "pellingford.md", "text/markdown", data))
            var confirm = try PageForm.find(in: preview.text, action: "/library/import/confirm")
            confirm.set("comment_2_reason", "")
            try confirm.choose("comment_2_outcome", "Not accepted")
            let before = try await ReportImportPageTests.challengeCount(app)
            let refused = try await manager.submit(confirm)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Say why comment 3 was not accepted"))
            #expect(try await ReportImportPageTests.challengeCount(app) == before)
        }
    }
}
