import ArgumentParser
@testable import EquitasCLI
import EquitasCore
import EquitasRender
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("equitas actions")
struct ActionsCommandTests {
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        try EquitasCommand.parseAsRoot(["actions"] + arguments)
    }

    @Test("options that cannot work together, or do not parse, are refused before anything runs")
    func refusals() throws {
        let id = UUID().uuidString
        for arguments in [
            ["import", "plan.csv", "--plan", id, "--organisation", id],
            ["import", "plan.csv", "--dry-run"],
            ["import", "plan.csv", "--plan", "not-an-id"],
            ["due", "--within", "soon"],
            ["due", "--within", "3m"],
            ["due", "--as-of", "31/03/2026"],
            ["report", id, "--format", "pptx"],
            ["report", id, "--as-of", "2026-06-01", "--since", "2026-06-30"],
            ["export", id, "--format", "pdf"],
            ["presented", id, "--committee", "Cabinet", "--on", "30 June"],
            ["presented", id],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { try Self.parse(arguments) }
        }
        #expect(try Self.parse(["due", "--within", "6w"]) is ActionsDueCommand)
    }

    @Test("the demo's plan goes out as a spreadsheet, comes back unchanged, and its committee report is written")
    func demoPlanThroughTheCommands() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-actions-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = ["--data", folder.appendingPathComponent("data").path]
        // Commands set up logging on first use; the test process already has (or will).
        bootstrapQuietLogging()
        Runtime.loggingBootstrapped = true
        func run(_ arguments: [String]) async throws {
            var command = try #require(try EquitasCommand.parseAsRoot(arguments + data) as? any AsyncParsableCommand)
            try await command.run()
        }
        try await run(["demo"])
        let configuration = try Runtime.configuration(options: try RuntimeOptions.parse(data))
        func record() async throws -> ActionPlanRecord {
            try await Runtime.withApplication(configuration) { app in
                let store = ActionPlanStore(db: app.db, catalog: configuration.catalog)
                let plans = try await store.list(try PageRequest(per: 10))
                #expect(plans.items.count == 1)
                return try await store.record(try #require(plans.items.first).id)
            }
        }
        let before = try await record()
        let plan = before.plan.id.uuidString

        let sheet = folder.appendingPathComponent("plan.xlsx").path
        try await run(["actions", "export", plan, "--format", "xlsx", "--out", sheet])
        try await run(["actions", "import", sheet, "--plan", plan, "--by", "Test"])
        #expect(try await record() == before)

        let report = folder.appendingPathComponent("progress.docx").path
        try await run(["actions", "report", plan, "--format", "docx", "--as-of", "2026-06-30", "--out", report])
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)).starts(with: [0x50, 0x4B]))
        let cover = folder.appendingPathComponent("cover.md").path
        try await run(["actions", "report", plan, "--cover", "--format", "md", "--as-of", "2026-06-30", "--out", cover])
        let coverText = try String(contentsOfFile: cover, encoding: .utf8)
        for heading in ["Purpose of the report", "Recommendation", "Background", "Progress in figures", "Financial implications",
                        "Legal implications", "Equality implications", "Background papers", "Contact", "Appendix A: Action plan progress report"] {
            #expect(coverText.contains(heading), "\(heading)")
        }
        if PDFExport.isAvailable {
            let pdf = folder.appendingPathComponent("progress.pdf").path
            try await run(["actions", "report", plan, "--format", "pdf", "--as-of", "2026-06-30", "--out", pdf])
            #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Data("%PDF".utf8)))
        }
        try await run(["actions", "due", "--within", "30d", "--plan", plan, "--as-of", "2026-01-15"])
        try await run(["actions", "summary", plan, "--json"])

        try await run(["actions", "presented", plan, "--committee", "Audit and Standards Committee", "--on", "2026-06-30", "--by", "Ana"])
        let reports = try await Runtime.withApplication(configuration) { app in
            try await ActionPlanStore(db: app.db, catalog: configuration.catalog).committeeReports(before.plan.id).map(\.value)
        }
        #expect(reports == [CommitteeReport(date: CalendarDate("2026-06-30")!, committee: "Audit and Standards Committee", recordedBy: "Ana")])
    }
}
