import ArgumentParser
import EquitasPersistence
import Foundation

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the whole database, and the evidence files, to one file.",
        discussion: """
            The default mode, logical, writes every table and every evidence file as \
            equitas.backup/1 JSON lines, which `equitas restore` loads into an empty \
            database of either kind (SQLite or PostgreSQL). sqlite-file writes a consistent \
            copy of the SQLite database file with VACUUM INTO (no evidence files: copy the \
            evidence folder beside it). pg-dump runs pg_dump (custom format) on the PostgreSQL \
            database, for pg_restore (no evidence files either). Progress goes to standard error.
            """)

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case logical
        case sqliteFile = "sqlite-file"
        case pgDump = "pg-dump"
    }

    @OptionGroup var runtime: RuntimeOptions

    @Option(name: .shortAndLong, help: "File to write (replaced only once the backup is complete).")
    var out: String

    @Option(help: "logical (default), sqlite-file or pg-dump.")
    var mode: Mode = .logical

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        let target = URL(fileURLWithPath: out).standardizedFileURL
        switch (mode, configuration.database) {
        case (.logical, _):
            let evidence = EvidenceFileStore(root: configuration.evidenceDirectory)
            let manifest = try await Runtime.withApplication(configuration) { app in
                try await DatabaseBackup(db: app.db, evidence: evidence).write(to: target, progress: StandardError.print)
            }
            let rows = manifest.tables.map(\.rows).reduce(0, +)
            print("Backed up \(rows) rows from \(manifest.tables.count) tables and \(manifest.evidenceFiles) evidence files to \(target.path)")
        case (.sqliteFile, .sqlite):
            try await Runtime.withApplication(configuration) { app in try await SQLiteFileCopy.write(app.db, to: target) }
            print("Copied the SQLite database to \(target.path)")
            StandardError.print("Evidence files are not in this copy: back up \(configuration.evidenceDirectory.path) beside it.")
        case (.pgDump, .postgres(let url)):
            try PostgresDump.run(url: url, to: target)
            print("pg_dump wrote \(target.path)")
            StandardError.print("Evidence files are not in this dump: back up \(configuration.evidenceDirectory.path) beside it.")
        case (.sqliteFile, _):
            throw RuntimeError("--mode sqlite-file copies the SQLite database, but DATABASE_URL names PostgreSQL (use --mode pg-dump or logical)")
        case (.pgDump, _):
            throw RuntimeError("--mode pg-dump needs PostgreSQL (DATABASE_URL); this installation uses SQLite (use --mode sqlite-file or logical)")
        }
    }
}
