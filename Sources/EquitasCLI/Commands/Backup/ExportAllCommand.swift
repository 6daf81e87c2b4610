import ArgumentParser
import EquitasPersistence
import EquitasSheets
import Foundation

struct ExportAllCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-all",
        abstract: "Write every challenge and action plan as interchange documents in one ZIP.",
        discussion: """
            challenges/<id>.json (as `equitas challenge export` writes it), \
            action-plans/<id>.json (as `equitas actions export --format json`), the evidence \
            files the challenges name as evidence/<sha256>, and manifest.json listing them. \
            Progress goes to standard error.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Option(name: .shortAndLong, help: "The ZIP file to write.")
    var out: String

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        let target = URL(fileURLWithPath: out).standardizedFileURL
        let evidence = EvidenceFileStore(root: configuration.evidenceDirectory)
        let zip: ZipFileWriter
        do {
            zip = try ZipFileWriter(url: target)
        } catch {
            throw RuntimeError("cannot write \(target.path): \(error.localizedDescription)")
        }
        do {
            let manifest = try await Runtime.withApplication(configuration) { app in
                try await ExportAll(db: app.db, catalog: configuration.catalog, evidence: evidence).write(
                    to: { path, data in try zip.add(path, data) }, progress: StandardError.print)
            }
            try zip.finish()
            for missing in manifest.missingEvidence {
                StandardError.print("warning: evidence file \(missing) is named by a challenge but is not in \(configuration.evidenceDirectory.path)")
            }
            print("Wrote \(manifest.challenges.count) challenges, \(manifest.actionPlans.count) action plans and \(manifest.evidence.count) evidence files to \(target.path)")
        } catch {
            zip.abandon()
            throw error
        }
    }
}
