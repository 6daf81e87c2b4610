@testable import EquitasCLI
import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasTestSupport
import EquitasWeb
import FluentKit
import Foundation
import Testing

/// A past report's comments by the council on its draft, imported: stored as draft 1 of
/// the challenge's report with each comment and its resolution, in the same tables the
/// live comment workflow uses, so the comments annex prints them; and kept by export →
/// import. On SQLite, and on PostgreSQL when EQUITAS_TEST_DATABASE_URL is set.
@Suite("Imported council comments are stored with their resolution")
struct ImportedCommentsStoreTests {
    let catalog: FrameworkCatalog

    init() throws {
        catalog = try FrameworkLibrary.load(extraDirectories: [])
    }

    /// ../shared/reference, beside the package; absent in a fresh clone.
    static let reference = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/reference")

    func store(_ data: Data, name: String, db: any Database) async throws -> UUID {
        let result = try LibraryImportCommand.recognise(data, name: name, catalog: catalog)
        return try await LibraryImportCommand.store(result, name: name, interchange: ChallengeInterchange(db: db, catalog: catalog))
    }

    @Test("our report's comments table: draft 1 with four resolved comments, printed in the annex, kept by export → import")
    func corpusDocument() async throws {
        let name = "20-report-2016-comments-table.md"
        let data = try Data(contentsOf: ReportFormsTests.corpus.appendingPathComponent(name))

        try await TestDatabase.withDatabase { db in
            let id = try await store(data, name: name, db: db)
            let versions = try await ReportVersionStore(db: db, catalog: catalog).list(challengeId: id)
            #expect(versions.map(\.kind) == [.draft])
            #expect(versions.first?.issuedOn == CalendarDate("2016-03-10"))
            #expect(versions.first?.comments == CommentCounts(total: 4, unresolved: 0))

            let comments = try await ReportCommentStore(db: db, catalog: catalog).all(challengeId: id).map(\.value)
            #expect(comments.map(\.anchor.kind) == [.finding, .recommendation, .finding, .section])
            #expect(comments.map { $0.resolution?.outcome } == [.accepted, .declined, .noted, .accepted])
            #expect(comments.allSatisfy { $0.author == "Pellingford District Council" })
            let record = try await ChallengeStore(db: db, catalog: catalog).record(id)
            let first = record.findings.first { $0.id.uuidString.lowercased() == comments.first?.anchor.id }
            #expect(first?.value.text.hasPrefix("Little is known about Gypsy and Traveller households") == true)

            let rendered = try await ReportExport.render(
                challengeId: id, choice: .latestDraft, format: .md, db: db, catalog: catalog,
                today: try #require(CalendarDate("2016-04-01")), includeComments: true)
            let annex = String(decoding: rendered.data, as: UTF8.self)
            // No programme or evidence annex before it: the comments are Annex A.
            #expect(annex.contains("Annex A: The council's comments on the draft"))
            // The team's own verdict opens its response: the annex says it once.
            #expect(annex.contains("Not accepted: the team kept the date"))
            #expect(!annex.contains("Declined: Not accepted") && !annex.contains("Accepted: Accepted"))
            #expect(annex.contains("Recommendation 3"))

            let interchange = ChallengeInterchange(db: db, catalog: catalog)
            let exported = try await interchange.export(id)
            #expect(exported.reportVersions?.first?.comments.count == 4)
            let copy = try await interchange.importDocument(try exported.encoded())
            let again = try await interchange.export(copy)
            #expect(again.reportVersions == exported.reportVersions)
            let copied = try await ReportCommentStore(db: db, catalog: catalog).all(challengeId: copy).map(\.value)
            #expect(copied.map(\.text) == comments.map(\.text))
            #expect(copied.map(\.resolution?.reason) == comments.map(\.resolution?.reason))
        }
    }

    @Test("the 2012 reference's thirty comments are stored, each with a resolution")
    func reference2012() async throws {
        let url = Self.reference.appendingPathComponent("report-2012-achieving-with-council-comments.txt")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            print("skipped: \(url.path) is absent (the reference reports are not part of the repository)")
            return
        }

        try await TestDatabase.withDatabase { db in
            let id = try await store(data, name: url.lastPathComponent, db: db)
            let comments = try await ReportCommentStore(db: db, catalog: catalog).all(challengeId: id).map(\.value)
            #expect(comments.count == 30)
            #expect(comments.allSatisfy { $0.resolution?.outcome == .noted && $0.anchor == .wholeReport && $0.version == 1 })
            #expect(comments.first?.text.hasPrefix("Need to change OCC for Oxford City Council") == true)
            let versions = try await ReportVersionStore(db: db, catalog: catalog).list(challengeId: id)
            #expect(versions.first?.comments == CommentCounts(total: 30, unresolved: 0))
        }
    }
}
