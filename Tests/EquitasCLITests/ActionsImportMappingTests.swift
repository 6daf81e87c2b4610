import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import EquitasWeb
import Foundation
import Testing

@testable import EquitasCLI

/// A council's own action plan spreadsheet, made into a plan with `--mapping` (issue 20).
@Suite("equitas actions import FILE --mapping FILE")
struct ActionsImportMappingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let sheet = fixtures.appendingPathComponent("council-action-plan.csv")
    static let workbook = fixtures.appendingPathComponent("council-action-plan.xlsx")
    static let mapping = fixtures.appendingPathComponent("council-action-plan-mapping.csv")

    /// A council with the three officers the sheet names.
    static func council(_ configuration: AppConfiguration) async throws -> UUID {
        try await Runtime.withApplication(configuration) { app in
            let council = try await OrganisationStore(db: app.db).create(Organisation(name: "Calder Moor Borough Council", type: .boroughCouncil)).id
            for name in ["Priya Shah", "Tom Evans", "Grace Mensah"] {
                _ = try await PersonStore(db: app.db).create(Person(name: name, organisationId: council))
            }
            return council
        }
    }

    static func run(_ arguments: [String], _ data: [String], _ configuration: AppConfiguration) async throws -> String {
        let command = try #require(try EquitasCommand.parseAsRoot(["actions", "import"] + arguments + data) as? ActionsImportCommand)
        return try await command.importFile(configuration: configuration)
    }

    static func plans(_ configuration: AppConfiguration) async throws -> [ActionPlanRecord] {
        try await Runtime.withApplication(configuration) { app in
            try await ActionPlanStore(db: app.db, catalog: configuration.catalog).records()
        }
    }

    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test("the council's CSV and its workbook make the same plan: headings as they come, RAG as statuses, continuation rows as actions")
    func importsWithMapping() async throws {
        try await CommandDataFolder.with { data, configuration in
            let council = try await Self.council(configuration)
            let printed = try await Self.run([Self.sheet.path, "--organisation", council.uuidString, "--mapping", Self.mapping.path], data, configuration)
            let plan = try #require(try await Self.plans(configuration).first)
            #expect(printed == plan.plan.id.uuidString.lowercased() + "\n")

            #expect(plan.items.map(\.item.value.number) == [1, 2, 3, 4])
            #expect(plan.items.map(\.actions.count) == [2, 1, 2, 1])
            #expect(plan.items[0].item.value.module == "Understanding and working with communities")
            let actions = plan.actions.map(\.action.action.value)
            #expect(actions.map(\.status) == [.onTrack, .atRisk, .onTrack, .offTrack, .notStarted, .complete])
            #expect(actions.map(\.timescale) == [
                .due(Self.day("2022-03-31")), .due(Self.day("2022-04-30")), .longerTerm(indicative: nil),
                .due(Self.day("2022-09-30")), .due(Self.day("2023-03-31")), .due(Self.day("2022-07-31")),
            ])
            let latest = try #require(plan.items[0].actions[0].latestUpdate)
            #expect(latest.date == Self.day("2022-01-14") && latest.text.hasPrefix("Census tables downloaded"))
            #expect(plan.items[1].actions[0].action.value.leadId != nil)

            let fromWorkbook = try await Self.run(
                [Self.workbook.path, "--organisation", council.uuidString, "--mapping", Self.mapping.path, "--title", "From the workbook"], data, configuration)
            let plans = try await Self.plans(configuration)
            let second = try #require(plans.first { $0.plan.id.uuidString.lowercased() + "\n" == fromWorkbook })
            #expect(PlanContent(record: second).asInSheet == PlanContent(record: plan).asInSheet)
        }
    }

    @Test("without the mapping the two unknown headings are named; a bad mapping row is named; nothing is written")
    func unmappedHeadings() async throws {
        try await CommandDataFolder.with { data, configuration in
            let council = try await Self.council(configuration)
            let error = await #expect(throws: ValidationError.self) {
                _ = try await Self.run([Self.sheet.path, "--organisation", council.uuidString], data, configuration)
            }
            let message = error?.message ?? ""
            #expect(message.contains(#"unknown column "Officer responsible""#))
            #expect(message.contains(#"unknown column "Key milestones""#))
            #expect(!message.contains(#""Rec No""#) && !message.contains(#""RAG""#) && !message.contains(#""Target date""#))

            let folder = URL(fileURLWithPath: data[1]).deletingLastPathComponent()
            let badMapping = folder.appendingPathComponent("bad-mapping.csv")
            try Data("Sheet heading,Equitas column\nOfficer responsible,Leader\nResources,ignore\n".utf8).write(to: badMapping)
            let mappingError = await #expect(throws: ValidationError.self) {
                _ = try await Self.run([Self.sheet.path, "--organisation", council.uuidString, "--mapping", badMapping.path], data, configuration)
            }
            #expect(mappingError?.message.contains(#"mapping row 2: "Leader" is not an Equitas column"#) == true)
            #expect(try await Self.plans(configuration).isEmpty)
        }
    }

    @Test("every bad cell is named by its row and the sheet's own column, and nothing is written")
    func badCells() async throws {
        try await CommandDataFolder.with { data, configuration in
            let council = try await Self.council(configuration)
            var text = try String(contentsOf: Self.sheet, encoding: .utf8)
            text = text.replacingOccurrences(of: ",Green,Census", with: ",Purple,Census")
                .replacingOccurrences(of: "30/04/2022", with: "31/04/2022")
                .replacingOccurrences(of: "Grace Mensah,30/09/2022", with: "Grace Mensa,30/09/2022")
            let folder = URL(fileURLWithPath: data[1]).deletingLastPathComponent()
            let bad = folder.appendingPathComponent("bad.csv")
            try Data(text.utf8).write(to: bad)

            let error = await #expect(throws: ValidationError.self) {
                _ = try await Self.run([bad.path, "--organisation", council.uuidString, "--mapping", Self.mapping.path], data, configuration)
            }
            let message = error?.message ?? ""
            #expect(message.contains(#"row 2, column "RAG": "Purple" is not a status"#))
            #expect(message.contains(#"row 3, column "Target date": "31/04/2022" is not a date"#))
            #expect(message.contains(#"row 5, column "Officer responsible": no person called "Grace Mensa""#))
            #expect(message.contains("Nothing was written"))
            #expect(try await Self.plans(configuration).isEmpty)
        }
    }
}
