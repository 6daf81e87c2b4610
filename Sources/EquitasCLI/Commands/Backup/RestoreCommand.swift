import ArgumentParser
import EquitasPersistence
import Foundation

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Load an `equitas backup` file into a new, empty database.",
        discussion: """
            The database is migrated first; the backup must have been made by an Equitas \
            with the same migrations, and every table must be empty. All rows go in in one \
            transaction and are counted against the backup's manifest: a damaged, cut-short \
            or refused backup leaves nothing behind. Evidence files go into the data folder. \
            Progress goes to standard error.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The backup file (equitas.backup/1, from `equitas backup`).")
    var file: String

    func run() async throws {
        var configuration = try Runtime.configuration(options: runtime)
        // A restore starts from an empty database, so it migrates whatever EQUITAS_MIGRATE_ON_START says.
        configuration.migrateOnStart = true
        let source = URL(fileURLWithPath: file).standardizedFileURL
        guard FileManager.default.isReadableFile(atPath: source.path) else { throw RuntimeError("cannot read \(source.path)") }
        let evidence = EvidenceFileStore(root: configuration.evidenceDirectory)
        let manifest = try await Runtime.withApplication(configuration) { app in
            try await DatabaseRestore(db: app.db, evidence: evidence).restore(from: source, progress: StandardError.print)
        }
        let rows = manifest.tables.map(\.rows).reduce(0, +)
        print("Restored \(rows) rows into \(manifest.tables.count) tables and \(manifest.evidenceFiles) evidence files (backup of \(manifest.createdAt), from \(manifest.sourceDialect)) into \(configuration.database.summary)")
    }
}
