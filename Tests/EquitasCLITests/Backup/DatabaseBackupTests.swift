import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing

/// Back up and restore through the Persistence API, on the suite's database (SQLite or
/// PostgreSQL) and a fresh SQLite one, so that on PostgreSQL the copy crosses dialects
/// both ways. Serialized: each test holds two databases at once.
@Suite("database backup and restore", .serialized)
struct DatabaseBackupTests {
    /// Backs up the demo from `source`, restores it into `target`, and checks every
    /// export byte for byte, every table's count, and the evidence file.
    func roundTrip(source: any Database, target: any Database, in folder: URL) async throws {
        let sourceFiles = EvidenceFileStore(root: folder.appendingPathComponent("source-evidence"))
        let targetFiles = EvidenceFileStore(root: folder.appendingPathComponent("target-evidence"))
        let digest = try await BackupWorld.loadDemo(on: source, evidence: sourceFiles)
        let file = folder.appendingPathComponent("equitas.backup")
        let written = try await DatabaseBackup(db: source, evidence: sourceFiles).write(to: file)
        #expect(written.format == "equitas.backup/1")
        #expect(written.evidenceFiles == 1)
        #expect(written.migrations.count == EquitasDatabase.migrations.count)
        #expect(!written.tables.contains { $0.name.hasPrefix("library_search") || $0.name == "_fluent_migrations" })
        #expect(Set(written.tables.map(\.name)) == Set(EquitasDatabase.tables))
        // Parents before children.
        let order = written.tables.map(\.name)
        #expect(try #require(order.firstIndex(of: "impact_assessments")) < #require(order.firstIndex(of: "evidence")))
        #expect(try #require(order.firstIndex(of: "challenges")) < #require(order.firstIndex(of: "findings")))

        let restored = try await DatabaseRestore(db: target, evidence: targetFiles).restore(from: file)
        #expect(restored == written)
        let before = try await BackupWorld.exports(on: source)
        // The demo challenge, its follow-up three years on, and the action plan.
        #expect(before.count == 3)
        #expect(try await BackupWorld.exports(on: target) == before)
        let counts = try await TestDatabase.rowCounts(on: source)
        #expect(try await TestDatabase.rowCounts(on: target) == counts)
        #expect(counts["staff_records"] == 1200)
        #expect(written.tables.allSatisfy { counts[$0.name] == $0.rows })
        #expect(try targetFiles.read(sha256: digest) == BackupWorld.evidenceBytes)
    }

    @Test("the suite's database backs up and restores into a new SQLite database, every export byte for byte")
    func intoSQLite() async throws {
        try await BackupWorld.withFolder { folder in
            try await TestDatabase.withDatabase { source in
                try await BackupWorld.withFreshSQLite { target in
                    try await roundTrip(source: source, target: target, in: folder)
                }
            }
        }
    }

    @Test("a SQLite database backs up and restores into the suite's database, every export byte for byte")
    func fromSQLite() async throws {
        try await BackupWorld.withFolder { folder in
            try await BackupWorld.withFreshSQLite { source in
                try await TestDatabase.withDatabase { target in
                    try await roundTrip(source: source, target: target, in: folder)
                }
            }
        }
    }

    @Test("a restore into a database that holds anything is refused, and writes nothing")
    func refusedIntoNonEmpty() async throws {
        try await BackupWorld.withFolder { folder in
            let file = folder.appendingPathComponent("equitas.backup")
            try await BackupWorld.withFreshSQLite { source in
                try await BackupWorld.loadDemo(on: source, evidence: EvidenceFileStore(root: folder.appendingPathComponent("source")))
                try await DatabaseBackup(db: source, evidence: EvidenceFileStore(root: folder.appendingPathComponent("source"))).write(to: file)
            }
            try await TestDatabase.withDatabase { target in
                _ = try await OrganisationStore(db: target).create(Organisation(name: "Anytown Council", type: .districtCouncil))
                let before = try await TestDatabase.rowCounts(on: target)
                let targetFiles = EvidenceFileStore(root: folder.appendingPathComponent("target"))
                let error = await #expect(throws: BackupError.self) {
                    try await DatabaseRestore(db: target, evidence: targetFiles).restore(from: file)
                }
                #expect(error?.description.contains("the database is not empty (rows in ") == true)
                #expect(error?.description.contains("organisations: 1") == true)
                #expect(try await TestDatabase.rowCounts(on: target) == before)
                #expect(!FileManager.default.fileExists(atPath: targetFiles.root.path))
            }
        }
    }

    @Test("a cut-short, altered or foreign file is refused with a message that says so, and writes nothing")
    func damagedRefused() async throws {
        try await BackupWorld.withFolder { folder in
            let good = folder.appendingPathComponent("equitas.backup")
            try await BackupWorld.withFreshSQLite { source in
                let files = EvidenceFileStore(root: folder.appendingPathComponent("source"))
                try await BackupWorld.loadDemo(on: source, evidence: files)
                try await DatabaseBackup(db: source, evidence: files).write(to: good)
            }
            let bytes = try Data(contentsOf: good)
            let text = String(decoding: bytes, as: UTF8.self)
            // The same length, still valid JSON on every line: only the digest can tell.
            #expect(text.contains("Wyvern Vale"))
            let alteredText = text.replacingOccurrences(of: "Wyvern Vale", with: "Wyvern Dale")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let cases: [(name: String, data: Data, message: String)] = [
                ("cut in the middle of a line", bytes.prefix(bytes.count / 2), "incomplete"),
                ("cut at the end of a line", Data(lines.dropLast(3).joined(separator: "\n").utf8) + Data([0x0A]), "incomplete"),
                ("one word changed", Data(alteredText.utf8), "do not match the digest"),
                ("a row's line garbled", Data(lines.enumerated().map { $0.offset == 40 ? "{\"row\": [1, " : String($0.element) }.joined(separator: "\n").utf8), "line 41 of the backup is damaged"),
                ("not a backup", Data("id,name\n1,Anytown\n".utf8), "not an Equitas backup"),
                ("empty", Data(), "empty"),
            ]
            try await TestDatabase.withDatabase { target in
                let targetFiles = EvidenceFileStore(root: folder.appendingPathComponent("target"))
                for damaged in cases {
                    let file = folder.appendingPathComponent("damaged.backup")
                    try damaged.data.write(to: file)
                    let error = await #expect(throws: BackupError.self, "\(damaged.name)") {
                        try await DatabaseRestore(db: target, evidence: targetFiles).restore(from: file)
                    }
                    #expect(error?.description.contains(damaged.message) == true, "\(damaged.name): \(error?.description ?? "no error")")
                    #expect(try await BackupWorld.totalRows(on: target) == 0, "\(damaged.name)")
                    #expect(!FileManager.default.fileExists(atPath: targetFiles.root.path), "\(damaged.name)")
                }
                // And the good file still goes in afterwards: the refusals left nothing in the way.
                try await DatabaseRestore(db: target, evidence: targetFiles).restore(from: good)
                #expect(try await BackupWorld.totalRows(on: target) > 1_000)
            }
        }
    }

    @Test("a backup made by a build with other migrations is refused")
    func otherMigrationsRefused() async throws {
        try await BackupWorld.withFolder { folder in
            let file = folder.appendingPathComponent("equitas.backup")
            _ = try await BackupWorld.withFreshSQLite { source in
                try await DatabaseBackup(db: source, evidence: EvidenceFileStore(root: folder.appendingPathComponent("s"))).write(to: file)
            }
            // Rewrite the manifest as a newer build's would be (the digest covers it, but the check comes first).
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "\"migrations\":[", with: "\"migrations\":[\"9999-from-the-future\",")
                .write(to: file, atomically: true, encoding: .utf8)
            try await TestDatabase.withDatabase { target in
                let error = await #expect(throws: BackupError.self) {
                    try await DatabaseRestore(db: target, evidence: EvidenceFileStore(root: folder.appendingPathComponent("t"))).restore(from: file)
                }
                #expect(error?.description.contains("newer Equitas (its schema has 9999-from-the-future") == true)
            }
        }
    }
}
