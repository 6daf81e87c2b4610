import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasSheets
import EquitasTestSupport
import Foundation
import Testing

@testable import EquitasCLI

/// The commands end to end, in data folders of their own (SQLite): what an operator runs.
@Suite("equitas backup, restore and export-all")
struct BackupCommandTests {
    static func run(_ arguments: [String]) async throws {
        var command = try #require(try EquitasCommand.parseAsRoot(arguments) as? any AsyncParsableCommand)
        try await command.run()
    }

    @Test("modes and options that cannot work are refused before anything runs")
    func refusals() throws {
        for arguments in [["backup"], ["backup", "--out", "x", "--mode", "tar"], ["restore"], ["export-all"]] {
            #expect(throws: (any Error).self, "\(arguments)") { try EquitasCommand.parseAsRoot(arguments) }
        }
        #expect(try EquitasCommand.parseAsRoot(["backup", "--out", "x", "--mode", "sqlite-file"]) is BackupCommand)
    }

    @Test("backup, restore into a new data folder, and every challenge exports the same bytes; export-all holds them all")
    func throughTheCommands() async throws {
        try await BackupWorld.withFolder { folder in
            bootstrapQuietLogging()
            Runtime.loggingBootstrapped = true
            let first = ["--data", folder.appendingPathComponent("first").path]
            let second = ["--data", folder.appendingPathComponent("second").path]
            try await Self.run(["demo"] + first)
            let configuration = try Runtime.configuration(options: try RuntimeOptions.parse(first))
            let (challenges, digest) = try await Runtime.withApplication(configuration) { app in
                let digest = try await BackupWorld.addEvidenceFile(on: app.db, evidence: EvidenceFileStore(root: configuration.evidenceDirectory))
                let ids = try await ChallengeStore(db: app.db, catalog: configuration.catalog).list(try PageRequest(per: 200)).items.map(\.id)
                return (ids, digest)
            }
            #expect(challenges.count == 2, "the demo's challenge and its follow-up")

            let backup = folder.appendingPathComponent("equitas.backup").path
            try await Self.run(["backup", "--out", backup] + first)
            try await Self.run(["restore", backup] + second)
            for id in challenges {
                let one = folder.appendingPathComponent("one.json").path, two = folder.appendingPathComponent("two.json").path
                try await Self.run(["challenge", "export", id.uuidString, "--out", one] + first)
                try await Self.run(["challenge", "export", id.uuidString, "--out", two] + second)
                #expect(try Data(contentsOf: URL(fileURLWithPath: one)) == Data(contentsOf: URL(fileURLWithPath: two)))
            }
            // A second restore into the now full folder is refused.
            await #expect(throws: BackupError.self) { try await Self.run(["restore", backup] + second) }

            let archive = folder.appendingPathComponent("everything.zip")
            try await Self.run(["export-all", "--out", archive.path] + second)
            let entries = Dictionary(try ZipFileWriter.entries(of: archive).map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
            for id in challenges {
                let single = folder.appendingPathComponent("single.json").path
                try await Self.run(["challenge", "export", id.uuidString, "--out", single] + first)
                #expect(entries["challenges/\(id.uuidString.lowercased()).json"] == (try Data(contentsOf: URL(fileURLWithPath: single))))
            }
            #expect(entries["evidence/\(digest)"] == BackupWorld.evidenceBytes)
            let manifest = try JSONCoding.decode(ExportAll.Manifest.self, from: try #require(entries["manifest.json"]))
            // The manifest lists by id; the register by date: the same challenges, each once.
            #expect(manifest.challenges.count == challenges.count && Set(manifest.challenges.map(\.id)) == Set(challenges))
            #expect(manifest.actionPlans.count == 1)
            #expect(manifest.evidence == [digest])
            let plan = try #require(manifest.actionPlans.first)
            let planFile = folder.appendingPathComponent("plan.json").path
            try await Self.run(["actions", "export", plan.id.uuidString, "--format", "json", "--out", planFile] + first)
            #expect(entries[plan.path] == (try Data(contentsOf: URL(fileURLWithPath: planFile))))
            #expect(entries.count == manifest.challenges.count + manifest.actionPlans.count + manifest.evidence.count + 1)

            let copy = folder.appendingPathComponent("copy.sqlite")
            try await Self.run(["backup", "--out", copy.path, "--mode", "sqlite-file"] + first)
            #expect(try Data(contentsOf: copy).starts(with: Data("SQLite format 3\u{0}".utf8)))
            await #expect(throws: (any Error).self) {
                try await Self.run(["backup", "--out", folder.appendingPathComponent("dump").path, "--mode", "pg-dump"] + first)
            }
        }
    }
}
