import EquitasCore
import Foundation
import Testing

/// A challenge's report versions and the council's comments in the interchange
/// document: added later, so older documents import as before; validation places each
/// comment on the part it names and checks its resolution as a review manager's is.
@Suite("Report versions and council comments in the interchange document")
struct ChallengeDocumentReportVersionsTests {
    static let catalog = FrameworkCatalog([.mock, .mockOlder])

    func document(_ versions: [ChallengeDocument.ReportVersionEntry]?) throws -> ChallengeDocument {
        var document = try ChallengeDocument.example()
        document.reportVersions = versions
        return document
    }

    static let draft = ChallengeDocument.ReportVersionEntry(number: 1, comments: [
        .init(finding: 2, author: "Head of Policy", organisation: "Wealdmoor Borough Council", text: "This is out of date.",
              resolution: .init(outcome: "accepted", revisedText: "Newer wording.")),
        .init(recommendation: 3, text: "Not realistic by March.", resolution: .init(outcome: "declined", reason: "The date stands.")),
        .init(section: "summary", text: "Please name the partners."),
        .init(text: "A fair report overall.", resolution: .init(outcome: "noted")),
    ])

    @Test("validated: defaults written out, places kept; a record's comments point at its own finding and recommendation ids")
    func placed() throws {
        let valid = try document([Self.draft]).validated(against: Self.catalog)
        let version = try #require(valid.reportVersions?.first)

        #expect(version.kind == "draft")
        #expect(version.issuedOn == CalendarDate("2025-03-13"))
        #expect(version.issuedBy == "the peer team")
        #expect(version.comments.map(\.finding) == [2, nil, nil, nil])
        #expect(version.comments.map(\.recommendation) == [nil, 3, nil, nil])
        #expect(version.comments.map(\.section) == [nil, nil, "summary", nil])
        #expect(version.comments.map(\.author) == ["Head of Policy", "Ashdown District Council", "Ashdown District Council", "Ashdown District Council"])
        #expect(version.comments[0].organisation == "Wealdmoor Borough Council")
        #expect(version.comments.map { $0.resolution?.outcome } == ["accepted", "declined", nil, "noted"])
        #expect(version.comments[0].resolution?.resolvedBy == "the peer team")

        let ids = IDSequence()
        let record = try valid.record(directory: .fresh(for: valid, newID: ids.next), newID: ids.next)
        let imported = try valid.importedReportVersions(record: record, framework: .mock)
        let comments = try #require(imported.first?.comments)
        #expect(comments[0].anchor == ReportAnchor(kind: .finding, id: record.findings[1].id.uuidString.lowercased()))
        let third = try #require(record.recommendations.first { $0.value.number == 3 })
        #expect(comments[1].anchor == ReportAnchor(kind: .recommendation, id: third.id.uuidString.lowercased()))
        #expect(comments[3].anchor == .wholeReport)
        #expect(comments.map(\.createdAt) == comments.map(\.createdAt).sorted())
        #expect(comments[0].resolution?.revisedText == "Newer wording.")
        // The record, exported with its versions, is the validated document again.
        var again = ChallengeDocument(record: record)
        again.reportVersions = ChallengeDocument.ReportVersionEntry.entries(
            versions: imported.map { ReportVersionSummary($0.version, comments: CommentCounts(total: 0, unresolved: 0)) },
            comments: imported.flatMap(\.comments), record: record)
        #expect(try again.encoded() == valid.encoded())
    }

    @Test("a document without them (every file written before) validates, and its bytes say nothing of them")
    func absent() throws {
        let valid = try document(nil).validated(against: Self.catalog)

        #expect(valid.reportVersions == nil)
        #expect(!String(decoding: try valid.encoded(), as: UTF8.self).contains("report_versions"))
        let decoded = try ChallengeDocument.decode(try valid.encoded())
        #expect(decoded.reportVersions == nil)
    }

    @Test("refused with its path", arguments: [
        (ChallengeDocument.CommentEntry(finding: 9, text: "x"), "report_versions[0].comments[0].finding"),
        (.init(recommendation: 7, text: "x"), "report_versions[0].comments[0].recommendation"),
        (.init(section: "nowhere", text: "x"), "report_versions[0].comments[0].section"),
        (.init(finding: 1, recommendation: 1, text: "x"), "report_versions[0].comments[0]"),
        (.init(organisation: "Elsewhere Council", text: "x"), "report_versions[0].comments[0].organisation"),
        (.init(text: "  "), "report_versions[0].comments[0].text"),
        (.init(text: "x", resolution: .init(outcome: "ignored")), "report_versions[0].comments[0].resolution.outcome"),
        (.init(text: "x", resolution: .init(outcome: "declined")), "report_versions[0].comments[0].resolution.reason"),
        (.init(section: "summary", text: "x", resolution: .init(outcome: "accepted", revisedText: "y")), "report_versions[0].comments[0].resolution.revised_text"),
    ])
    func refusals(_ comment: ChallengeDocument.CommentEntry, _ path: String) throws {
        let bad = try document([.init(number: 1, comments: [comment])])
        let refusal = failure { () throws(ValidationFailure) in try bad.validated(against: Self.catalog) }
        #expect(refusal?.path == path, "\(refusal?.description ?? "accepted")")
    }

    @Test("refused: a number twice, a comment on the final report, no date to issue a version on")
    func versionRefusals() throws {
        let twice = try document([.init(number: 1), .init(number: 1)])
        #expect(failure { () throws(ValidationFailure) in try twice.validated(against: Self.catalog) }?.path == "report_versions[1].number")
        let final = try document([.init(number: 1, kind: "final", comments: [.init(text: "x")])])
        #expect(failure { () throws(ValidationFailure) in try final.validated(against: Self.catalog) }?.path == "report_versions[0].comments")
        // A copy set back to council review keeping its final report would be closed to comments.
        var setBack = try document([.init(number: 1), .init(number: 2, kind: "final")])
        setBack.status = "council-review"
        let refusal = failure { () throws(ValidationFailure) in try setBack.validated(against: Self.catalog) }
        #expect(refusal?.path == "report_versions[1].kind" && refusal?.message.contains("council review") == true)
        setBack.status = "published"
        #expect(failure { () throws(ValidationFailure) in try setBack.validated(against: Self.catalog) } == nil)
        var undated = try document([.init(number: 1)])
        undated.start = nil
        undated.end = nil
        undated.programme = []
        #expect(failure { () throws(ValidationFailure) in try undated.validated(against: Self.catalog) }?.path == "report_versions[0].issued_on")
    }

    @Test("an unknown key in a comment is refused by name")
    func unknownKey() throws {
        var json = try ChallengeDocument.exampleJSON()
        json["report_versions"] = [["number": 1, "comments": [["text": "x", "paragraph": "4.2"]]]]
        let data = try JSONSerialization.data(withJSONObject: json)
        let refusal = failure { () throws(ValidationFailure) in try ChallengeDocument.decode(data) }
        #expect(refusal?.path.hasPrefix("report_versions[0].comments[0]") == true, "\(refusal?.description ?? "accepted")")
    }
}
