import EquitasCore
import EquitasRender
import EquitasLibrary
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Report versions, comments and downloads over the API")
struct ReportVersionAPITests {
    @Test("draft → comments → final, with refusals that say why")
    func roundTrip() async throws {
        try await withTestApp { app in
            let trail = try await ReportTrailClient.demoInDrafting(app)
            let api = trail.api

            let draft = try await api.send(.POST, trail.path("report/versions/draft"), raw: #"{"issued_by": "Priya Hollingsworth"}"#)
            #expect(draft.status == .created, "\(draft.text)")
            #expect(try draft.decode(ReportVersionSummary.self).number == 1)
            #expect(try await trail.status() == .councilReview)

            // Edited live after the draft went out: draft 1 keeps the old words.
            let findings = try await trail.findings()
            var edited = findings[0].value
            edited.text = "Edited after draft one went out"
            #expect(try await api.send(.PUT, trail.path("findings/\(findings[0].id)"), json: edited).status == .ok)
            #expect(try await trail.download(version: "1", format: "md").text.contains("Edited after draft one went out") == false)
            #expect(try await trail.download(version: "working", format: "md").text.contains("Edited after draft one went out"))

            let recommendation = try await api.send(.GET, trail.path("recommendations")).decode(Page<Identified<Recommendation>>.self).items[0]
            let onFinding = try await trail.comment(on: ReportAnchor(kind: .finding, id: findings[1].id.uuidString), "This has changed since March.")
            let onRecommendation = try await trail.comment(on: ReportAnchor(kind: .recommendation, id: recommendation.id.uuidString), "We already do this.")
            let onSection = try await trail.comment(on: ReportAnchor(kind: .section, id: "module-communities"), "Please mention the forum.")
            let nowhere = try await api.send(
                .POST, trail.path("report/versions/1/comments"),
                json: NewReportComment(anchor: ReportAnchor(kind: .section, id: "module-nowhere"), author: "A", text: "x"))
            #expect(nowhere.status == .unprocessableEntity)
            #expect(nowhere.error?.path == "anchor.id")

            let early = try await api.send(.POST, trail.path("report/versions/final"), raw: #"{"issued_by": "Priya Hollingsworth"}"#)
            #expect(early.status == .conflict)
            #expect(early.error?.message == "3 comments on draft 1 are unresolved; resolve each before issuing the final report")

            let accepted = try await trail.resolve(onFinding, #"{"outcome": "accepted", "revised_text": "Revised at the council's request", "resolved_by": "Priya"}"#)
            #expect(accepted.status == .ok, "\(accepted.text)")
            #expect(try accepted.decode(ResolvedComment.self).revision?.applied == true)
            #expect(try await trail.findings()[1].value.text == "Revised at the council's request")
            let bare = try await trail.resolve(onRecommendation, #"{"outcome": "declined", "resolved_by": "Priya"}"#)
            #expect(bare.status == .unprocessableEntity)
            #expect(bare.error?.path == "reason")
            #expect(try await trail.resolve(onRecommendation, #"{"outcome": "declined", "reason": "Not yet published.", "resolved_by": "Priya"}"#).status == .ok)
            #expect(try await trail.resolve(onSection, #"{"outcome": "noted", "resolved_by": "Priya"}"#).status == .ok)
            let twice = try await trail.resolve(onSection, #"{"outcome": "accepted", "resolved_by": "Priya"}"#)
            #expect(twice.status == .conflict)
            let open = try await api.send(.GET, trail.path("report/comments?unresolved=true")).decode(Page<Identified<ReportComment>>.self)
            #expect(open.metadata.total == 0)

            #expect(try await api.send(.POST, trail.path("report/versions/draft"), raw: #"{"issued_by": "Priya"}"#).status == .created)
            let diff = try await api.send(.GET, trail.path("report/diff?from=1&to=2")).decode(ReportDiff.self)
            #expect(diff.findings.changed.map(\.id) == [findings[0].id, findings[1].id])
            #expect(diff.findings.changed.map(\.fields) == [["text"], ["text"]])
            #expect(diff.findings.added.isEmpty && diff.findings.removed.isEmpty && diff.recommendations.isEmpty)

            let final = try await api.send(.POST, trail.path("report/versions/final"), raw: #"{"issued_by": "Priya Hollingsworth"}"#)
            #expect(final.status == .created, "\(final.text)")
            #expect(try final.decode(ReportVersionSummary.self).kind == .final)
            #expect(try await trail.status() == .final)
            let late = try await api.send(
                .POST, trail.path("report/versions/3/comments"),
                json: NewReportComment(anchor: ReportAnchor(kind: .section, id: "summary"), author: "A", text: "Too late."))
            #expect(late.status == .conflict)
            #expect(late.error?.message == "comments are made on drafts; version 3 is the final report")

            let versions = try await api.send(.GET, trail.path("report/versions")).decode(Page<ReportVersionSummary>.self)
            #expect(versions.items.map(\.kind) == [.draft, .draft, .final])
            #expect(versions.items.map(\.comments) == [CommentCounts(total: 3, unresolved: 0), CommentCounts(total: 0, unresolved: 0), CommentCounts(total: 0, unresolved: 0)])
            for version in ["1", "2", "3", "final"] {
                for format in ["docx", "html", "md", "pptx"] {
                    let reply = try await trail.download(version: version, format: format)
                    #expect(reply.status == .ok, "\(version) \(format)")
                    #expect(reply.body.readableBytes > 1000, "\(version) \(format)")
                }
            }
            #expect(try await trail.download(version: "final", format: "md").text.contains("Revised at the council's request"))
            // The review manager may print the council's comments, and how each was resolved, with the final report.
            let withComments = try await api.send(.GET, trail.path("report?format=md&version=final&comments=true")).text
            #expect(withComments.contains("Annex C: The council's comments on the draft"))
            #expect(withComments.contains("Declined: Not yet published") && withComments.contains("Please mention the forum"))
            #expect(try await trail.download(version: "final", format: "md").text.contains("Annex C") == false)
            #expect(try await trail.download(version: "1", format: "md").text.contains("Revised at the council's request") == false)
        }
    }

    @Test("a tagged PDF of an issued version, made by LibreOffice",
          .enabled(if: PDFExport.isAvailable, "needs soffice on PATH"))
    func pdf() async throws {
        try await withTestApp { app in
            let trail = try await ReportTrailClient.demoInDrafting(app)
            _ = try await trail.api.send(.POST, trail.path("report/versions/draft"), raw: #"{"issued_by": "Priya"}"#)
            let reply = try await trail.download(version: "1", format: "pdf")
            #expect(reply.status == .ok)
            #expect(reply.headers.contentType?.description == "application/pdf")
            #expect(reply.body.getBytes(at: reply.body.readerIndex, length: 4) == Array("%PDF".utf8))
            #expect(reply.headers.first(name: .contentDisposition)?.contains("draft-1.pdf") == true)
        }
    }

    @Test("every version downloads in every format, named for the councils and the version")
    func downloads() async throws {
        try await withTestApp { app in
            let trail = try await ReportTrailClient.demoInDrafting(app)
            _ = try await trail.api.send(.POST, trail.path("report/versions/draft"), raw: #"{"issued_by": "Priya"}"#)
            let types = [
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "html": "text/html; charset=utf-8",
                "md": "text/markdown; charset=utf-8", "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            ]
            let stem = "wyvern-vale-district-council-and-calder-moor-borough-council"

            for (version, suffix) in [("working", "working-copy"), ("draft", "draft-1"), ("1", "draft-1")] {
                for (format, type) in types {
                    let reply = try await trail.download(version: version, format: format)
                    #expect(reply.status == .ok, "\(version) \(format): \(reply.text.prefix(200))")
                    #expect(reply.headers.first(name: .contentType) == type)
                    #expect(reply.body.readableBytes > 1000)
                    let name = "\(stem)-\(suffix)\(format == "pptx" ? "-feedback" : "").\(format)"
                    #expect(reply.headers.first(name: .contentDisposition) == "attachment; filename=\"\(name)\"")
                }
            }
            let zip = try await trail.download(version: "1", format: "docx")
            #expect(Array(zip.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            let defaults = try await trail.api.send(.GET, trail.path("report"))
            #expect(defaults.headers.first(name: .contentDisposition) == "attachment; filename=\"\(stem)-working-copy.html\"")
            let preview = try await trail.api.send(.GET, trail.path("report/preview"))
            #expect(preview.status == .ok)
            #expect(preview.headers.first(name: .contentType) == "text/html; charset=utf-8")
            #expect(preview.headers.first(name: "Content-Security-Policy")?.contains("default-src 'none'") == true)
            #expect(preview.text.contains("Working copy"))
        }
    }

    @Test("bad choices are 422 naming the parameter; versions not issued are 404")
    func refusals() async throws {
        try await withTestApp { app in
            let trail = try await ReportTrailClient.demoInDrafting(app)
            let api = trail.api

            let format = try await api.send(.GET, trail.path("report?format=rtf"))
            let version = try await api.send(.GET, trail.path("report?version=latest"))
            let unresolved = try await api.send(.GET, trail.path("report/comments?unresolved=maybe"))
            let from = try await api.send(.GET, trail.path("report/diff"))
            let final = try await api.send(.GET, trail.path("report?version=final"))
            let number = try await api.send(.GET, trail.path("report/versions/x/comments"))
            let blank = try await api.send(.POST, trail.path("report/versions/draft"), raw: #"{"issued_by": " "}"#)

            #expect([format, version, unresolved, from, blank].map(\.status) == Array(repeating: .unprocessableEntity, count: 5))
            #expect([format, version, unresolved, from, blank].map { $0.error?.path } == ["format", "version", "unresolved", "from", "issued_by"])
            #expect(final.status == .notFound)
            // Says what there is instead, rather than "no report version with id final".
            #expect(final.error?.message == "the challenge has no final report yet: there is the working copy (version working)")
            #expect(number.status == .notFound)
            #expect(try await api.send(.GET, "/api/v1/challenges/\(UUID())/report/versions").status == .notFound)
        }
    }

    @Test("a draft is refused while the challenge is being planned, saying why")
    func draftTooEarly() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let id = try await api.challenge(for: [try await api.organisation("Wyvern Vale District Council")])

            let reply = try await api.send(.POST, "/api/v1/challenges/\(id)/report/versions/draft", raw: #"{"issued_by": "Priya"}"#)

            #expect(reply.status == .conflict)
            #expect(reply.error?.message == "a draft report can be issued while the challenge is in drafting or council review; this one is in planning")
            let versions = try await api.send(.GET, "/api/v1/challenges/\(id)/report/versions").decode(Page<ReportVersionSummary>.self)
            #expect(versions.items.isEmpty)
        }
    }
}
