import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@testable import EquitasCLI

@Suite("equitas workforce, community and paygap --organisation")
struct WorkforceCommandTests {
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        try EquitasCommand.parseAsRoot(arguments)
    }

    static func file(_ name: String, _ data: Data, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test("paygap takes exactly one of a file and --organisation, and --mapping only with a file")
    func payGapArguments() throws {
        #expect(throws: (any Error).self) { try PayGapCommand.parse(["--snapshot", "2026-03-31"]) }
        #expect(throws: (any Error).self) { try PayGapCommand.parse(["staff.csv", "--organisation", "X", "--snapshot", "2026-03-31"]) }
        #expect(throws: (any Error).self) {
            try PayGapCommand.parse(["--organisation", "X", "--snapshot", "2026-03-31", "--mapping", "m.csv"])
        }
        let stored = try PayGapCommand.parse(["--organisation", "Wyvern Vale", "--snapshot", "2026-03-31", "--format", "gpg-csv"])
        #expect(stored.file == nil && stored.organisation == "Wyvern Vale")
    }

    @Test("import a list, refuse the same date, replace it, compute its pay gap as from the file, list and delete it")
    func importThenPayGap() async throws {
        try await CommandDataFolder.with { data, configuration in
            let folder = URL(fileURLWithPath: data[1]).deletingLastPathComponent()
            let staff = try Self.file("staff.csv", PayGapCommandTests.staff, in: folder)
            let mapping = try Self.file("mapping.csv", PayGapCommandTests.mapping, in: folder)
            try await Runtime.withApplication(configuration) { app in
                _ = try await OrganisationStore(db: app.db).create(Organisation(name: "Wyvern Vale District Council", type: .districtCouncil))
            }
            let arguments = ["workforce", "import", staff, "--organisation", "wyvern vale district council", "--snapshot", "2026-03-31", "--mapping", mapping]
            let command = try #require(try Self.parse(arguments + data) as? WorkforceImportCommand)
            let stored = try await command.importFile(configuration: configuration)
            #expect(stored.value.staffCount == 8)
            await #expect(throws: ValidationError.self) { try await command.importFile(configuration: configuration) }
            let replace = try #require(try Self.parse(arguments + ["--replace"] + data) as? WorkforceImportCommand)
            _ = try await replace.importFile(configuration: configuration)

            for format in ["json", "gpg-csv", "text"] {
                let fromFile = try PayGapOutput.render(
                    staff: PayGapCommandTests.staff, named: "staff.csv", mapping: PayGapCommandTests.mapping, snapshot: PayGapCommandTests.snapshot,
                    format: format)
                let command = try #require(
                    try Self.parse(["paygap", "--organisation", "Wyvern Vale", "--snapshot", "2026-03-31", "--format", format] + data) as? PayGapCommand)
                #expect(try await StoredPayGap.render(command, configuration: configuration, snapshot: PayGapCommandTests.snapshot) == fromFile)
            }

            let list = try #require(try Self.parse(["workforce", "list"] + data) as? WorkforceListCommand)
            #expect(try await list.listing(configuration: configuration).contains("2026-03-31  Wyvern Vale District Council  8 staff  staff.csv"))
            let delete = try #require(
                try Self.parse(["workforce", "delete", "--organisation", "Wyvern Vale District Council", "--snapshot", "2026-03-31"] + data)
                    as? WorkforceDeleteCommand)
            try await delete.delete(configuration: configuration)
            #expect(try await list.listing(configuration: configuration) == "No workforce snapshots.\n")
            await #expect(throws: ValidationError.self) { try await delete.delete(configuration: configuration) }
        }
    }

    @Test("a bad list names every bad cell and writes nothing")
    func badList() async throws {
        try await CommandDataFolder.with { data, configuration in
            let folder = URL(fileURLWithPath: data[1]).deletingLastPathComponent()
            let staff = try Self.file("bad.csv", Data("employee_id,sex,full_pay,hourly_pay\n1,F,maybe,10\n2,M,yes,-3\n3,F,yes,=1+1\n".utf8), in: folder)
            let organisationId = try await Runtime.withApplication(configuration) { app in
                try await OrganisationStore(db: app.db).create(Organisation(name: "Calder Moor Borough Council", type: .boroughCouncil)).id
            }
            let command = try #require(
                try Self.parse(["workforce", "import", staff, "--organisation", organisationId.uuidString, "--snapshot", "2026-03-31"] + data)
                    as? WorkforceImportCommand)
            let error = await #expect(throws: ValidationError.self) { try await command.importFile(configuration: configuration) }
            let message = error?.message ?? ""
            #expect(message.contains("row 2, column \"full_pay\""))
            #expect(message.contains("row 3, column \"hourly_pay\""))
            #expect(message.contains("row 4, column \"hourly_pay\": \"=1+1\""))
            #expect(message.contains("Nothing was written."))
            let snapshots = try await Runtime.withApplication(configuration) { app in
                try await WorkforceStore(db: app.db).snapshots(organisationId: organisationId)
            }
            #expect(snapshots.isEmpty)
        }
    }

    @Test("community import stores the profile; a file that does not add up is refused, naming the characteristic")
    func community() async throws {
        try await CommandDataFolder.with { data, configuration in
            let folder = URL(fileURLWithPath: data[1]).deletingLastPathComponent()
            let good = try Self.file("good.csv", Data("characteristic,group,percent\nsex,Female,51\nsex,Male,49\n".utf8), in: folder)
            let bad = try Self.file("bad.csv", Data("characteristic,group,percent\nsex,Female,51\nsex,Male,29\n".utf8), in: folder)
            let organisationId = try await Runtime.withApplication(configuration) { app in
                try await OrganisationStore(db: app.db).create(Organisation(name: "Wyvern Vale District Council", type: .districtCouncil)).id
            }
            let options = ["--organisation", "Wyvern Vale", "--area", "Wyvern Vale district", "--source", "Census 2021"]
            let refused = try #require(try Self.parse(["community", "import", bad] + options + data) as? CommunityImportCommand)
            let error = await #expect(throws: ValidationError.self) { try await refused.save(configuration: configuration) }
            #expect(error?.message.contains("sex: the percentages add up to 80") == true)
            let command = try #require(try Self.parse(["community", "import", good] + options + data) as? CommunityImportCommand)
            let profile = try await command.save(configuration: configuration)
            #expect(profile.entries.count == 2)
            let stored = try await Runtime.withApplication(configuration) { app in
                try await WorkforceStore(db: app.db).communityProfile(organisationId: organisationId)
            }
            #expect(stored?.source == "Census 2021")
        }
    }
}
