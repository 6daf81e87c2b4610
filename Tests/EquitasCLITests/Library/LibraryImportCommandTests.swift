import ArgumentParser
@testable import EquitasCLI
import EquitasCore
import EquitasLibrary
import EquitasRender
import EquitasPersistence
import EquitasSheets
import EquitasTestSupport
import Foundation
import Testing

@Suite("equitas library import")
struct LibraryImportCommandTests {
    let catalog: FrameworkCatalog

    init() throws {
        catalog = try FrameworkLibrary.load(extraDirectories: [])
    }

    /// The demo challenge as the final report, rendered by our own renderer.
    func demoDOCX(_ format: ReportFormat = .docx) throws -> (ChallengeDocument, Data) {
        let document = try ChallengeDocument.decode(DemoData.challengeDocument()).validated(against: catalog)
        let record = try document.record(directory: .fresh(for: document, newID: UUID.init), newID: UUID.init)
        let framework = try #require(catalog.framework(document.framework, version: document.frameworkVersion))
        let edition = ReportEdition.final(issued: try #require(CalendarDate("2025-05-02")))
        return (document, try ReportRendering.render(record: record, framework: framework, edition: edition, format: format).data)
    }

    @Test("our own feedback deck (.pptx) reads back with the report's team and each module's strengths and areas for consideration")
    func deckRoundTrip() throws {
        let (original, data) = try demoDOCX(.pptx)
        let imported = try LibraryImportCommand.recognise(data, name: "demo.pptx", catalog: catalog).document
        #expect(imported.framework == original.framework)
        #expect(imported.level == original.level)
        #expect(Set(imported.team.map(\.name)) == Set(original.team.map(\.name)))
        func counts(_ document: ChallengeDocument) -> [String: Int] {
            let kinds: Set<String> = ["strength", "area-for-consideration"]
            let inScope = Set(original.modules.map(\.id))
            return Dictionary(grouping: document.findings.filter { kinds.contains($0.kind) && inScope.contains($0.module) }) { "\($0.module) \($0.kind)" }
                .mapValues(\.count)
        }
        #expect(counts(imported) == counts(original))
        #expect(imported.recommendations.map(\.text) == original.recommendations.map(\.text))
    }

    @Test("a report written by our renderer reads back with its findings, team, dates and level", arguments: [ReportFormat.docx, .md])
    func roundTrip(_ format: ReportFormat) throws {
        let (original, data) = try demoDOCX(format)

        let result = try LibraryImportCommand.recognise(data, name: "demo.\(format.rawValue)", catalog: catalog)
        let imported = result.document

        #expect(imported.framework == "eflg-2021")
        #expect(imported.organisations.map(\.name) == original.organisations.map(\.name))
        #expect(imported.level == original.level)
        #expect(imported.start == original.start)
        #expect(imported.end == original.end)
        #expect(Set(imported.team.map(\.name)) == Set(original.team.map(\.name)))
        #expect(Set(imported.team.map(\.role)) == Set(original.team.map(\.role)))
        // Findings under a module section come back with module, kind, council and text.
        func key(_ f: ChallengeDocument.FindingEntry) -> String { [f.module, f.kind, f.organisation ?? "joint", f.text].joined(separator: "|") }
        let kinds: Set<String> = ["strength", "area-for-consideration", "good-practice", "quote", "next-level"]
        let inScope = Set(original.modules.map(\.id))
        let expected = original.findings.filter { kinds.contains($0.kind) && inScope.contains($0.module) }
        let got = Set(imported.findings.map(key))
        let missing = expected.map(key).filter { !got.contains($0) }
        #expect(missing.isEmpty, "missing: \(missing.prefix(5))")
        #expect(imported.findings.count >= expected.count)
        let quotes = imported.findings.filter { $0.kind == "quote" }
        #expect(quotes.map { $0.attribution ?? "" }.sorted() == original.findings.filter { $0.kind == "quote" }.map { $0.attribution ?? "" }.sorted())
        // Only the signposts, printed under no module, are left for a person to place.
        let signposts = imported.findings.indices.filter { imported.findings[$0].kind == "signpost" }.map { "findings[\($0)]" }
        #expect(!signposts.isEmpty)
        #expect(result.needingReview.map(\.path) == signposts)
        #expect(imported.recommendations.map(\.number) == original.recommendations.map(\.number))
        #expect(imported.recommendations.map(\.text) == original.recommendations.map(\.text))
        // What was recognised is a document the store would accept.
        _ = try imported.validated(against: catalog)
    }

    @Test("a file that is neither text nor a Word document is refused by name")
    func refusesOtherFiles() throws {
        #expect(throws: ValidationError.self) {
            try LibraryImportCommand.recognise(Data([0x00, 0x01, 0x02, 0xFF]), name: "x.bin", catalog: catalog)
        }
        do {
            _ = try LibraryImportCommand.recognise(Data("PK\u{03}\u{04}not really a zip".utf8), name: "fake.docx", catalog: catalog)
            Issue.record("a broken ZIP was accepted")
        } catch let error as ValidationError {
            #expect(error.message.contains("fake.docx"))
            #expect(error.message.contains("not a Word document"))
        }
    }

    @Test("a ZIP without word/document.xml (an XLSX) is not a DOCX")
    func refusesWorkbook() throws {
        let workbook = try XLSXWriter.write([SheetTable(name: "Sheet1", header: ["a"], rows: [[.text("1")]])])
        #expect(throws: ValidationFailure(path: "", message: "the file is not a Word document (.docx): it has no word/document.xml")) {
            try DocxReportReader.read(workbook)
        }
    }

    @Test("the summary names what was found and what to check")
    func summary() throws {
        let (_, data) = try demoDOCX()
        let result = try LibraryImportCommand.recognise(data, name: "demo.docx", catalog: catalog)

        let text = ReportImportSummary(result: result, source: "demo.docx").text

        #expect(text.hasPrefix("Recognised in demo.docx (nothing was saved)"))
        #expect(text.contains("Framework: eflg-2021 2021"))
        #expect(text.contains("Organisation: Wyvern Vale District Council (district-council)"))
        #expect(text.contains("On site: 2025-03-11 to 2025-03-13"))
        #expect(text.contains("  communities: "))
    }

    @Test("parses as a subcommand with --json")
    func parses() throws {
        let command = try #require(try EquitasCommand.parseAsRoot(["library", "import", "report.docx", "--json"]) as? LibraryImportCommand)
        #expect(command.file == "report.docx")
        #expect(command.json)
    }
}

extension LibraryImportCommandTests {
    @Test("--apply stores the recognised report as a published challenge that exports as it was recognised")
    func apply() async throws {
        let (_, data) = try demoDOCX(.md)
        let result = try LibraryImportCommand.recognise(data, name: "demo.md", catalog: catalog)

        try await TestDatabase.withDatabase { db in
            let interchange = ChallengeInterchange(db: db, catalog: catalog)
            let id = try await LibraryImportCommand.store(result, name: "demo.md", interchange: interchange)

            let stored = try await interchange.export(id)
            #expect(stored.status == "published")
            #expect(stored.findings.count == result.document.findings.count)
            #expect(stored.team.map(\.name) == result.document.team.map(\.name))
            #expect(stored.organisations.map(\.name) == result.document.organisations.map(\.name))
        }
    }

    @Test("--apply refuses, naming the file, a recognised document the store would refuse")
    func applyRefuses() async throws {
        var recognised = try LibraryImportCommand.recognise(try demoDOCX(.md).1, name: "demo.md", catalog: catalog)
        recognised.document.level = "platinum"
        let result = recognised

        _ = try await TestDatabase.withDatabase { db in
            await #expect(throws: ValidationError.self) {
                try await LibraryImportCommand.store(result, name: "demo.md", interchange: ChallengeInterchange(db: db, catalog: catalog))
            }
        }
    }
}
