import EquitasCore
import Foundation
import Testing

/// The council's comments on a draft as past reports print them — a line each with
/// "Resolution:", or a table of paragraph, comment and response — become comments on
/// draft 1, each placed on the finding, recommendation or area it was about and resolved
/// as the response's words say. The documents are our own (bench/import-corpus).
@Suite("The council's comments in a past report")
struct CouncilCommentsTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("bench/import-corpus")

    func recognise(_ file: String) throws -> ChallengeDocument {
        let text = try String(contentsOf: Self.corpus.appendingPathComponent(file), encoding: .utf8)
        return try ReportRecogniser.recognise(text: text, catalog: ImportFrameworks.catalog).document
    }

    @Test("a table of paragraph, council comment and response: four comments, each placed and resolved")
    func table() throws {
        let document = try recognise("20-report-2016-comments-table.md")
        let draft = try #require(document.reportVersions?.first)
        let comments = draft.comments

        #expect(draft.number == 1)
        #expect(draft.issuedOn == nil) // the visit's last day, written out on validation
        #expect(comments.count == 4)
        #expect(comments.map { $0.resolution?.outcome } == ["accepted", "declined", "noted", "accepted"])
        #expect(comments[0].text.hasPrefix("A needs survey of Traveller sites"))
        #expect(comments[0].finding.map { document.findings[$0 - 1].text }?.hasPrefix("Little is known about Gypsy and Traveller") == true)
        #expect(comments[0].resolution?.reason == "Accepted: the finding now says the survey has been commissioned.")
        #expect(comments[1].recommendation == 3)
        #expect(comments[2].finding.map { document.findings[$0 - 1].text }?.hasPrefix("Consultation on the local plan") == true)
        #expect(comments[3].section == "module-engagement")
        // None of it was read as a finding or a recommendation.
        #expect(!document.findings.contains { $0.text.contains("needs survey") || $0.text.contains("bus pass") })
        #expect(document.recommendations.count == 3)

        let valid = try document.validated(against: ImportFrameworks.catalog)
        #expect(valid.reportVersions?.first?.issuedOn == CalendarDate("2016-03-10"))
        #expect(valid.reportVersions?.first?.comments.count == 4)
    }

    @Test("lines of \"Comment N: place. words. Resolution: words\": placed on the findings they name")
    func lines() throws {
        let document = try recognise("09-report-2019-comments.txt")
        let comments = try #require(document.reportVersions?.first?.comments)

        #expect(comments.count == 2)
        #expect(comments.map { $0.resolution?.outcome } == ["accepted", "declined"])
        #expect(comments.map { $0.finding.map { document.findings[$0 - 1].text } } == [
            "Data on carers is collected but not used.", "Council tax letters are hard to read.",
        ])
        #expect(comments[0].text == "The council asked that the data's recent collection be noted.")
        // The council's statement after them is neither a comment nor a finding.
        #expect(!comments.contains { $0.text.contains("welcomes the report") })
    }

    @Test("a report without comments has no report versions")
    func none() throws {
        #expect(try recognise("05-report-2017-two-areas.md").reportVersions == nil)
    }
}
