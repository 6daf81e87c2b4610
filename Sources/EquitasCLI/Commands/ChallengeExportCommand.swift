import ArgumentParser
import EquitasCore
import EquitasPersistence
import Foundation

struct ChallengeExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a challenge as one equitas.challenge/1 JSON document.")

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The challenge's id.")
    var id: String

    @Option(name: .shortAndLong, help: "File to write (default: standard output).")
    var out: String?

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        guard let uuid = UUID(uuidString: id) else { throw ValidationError("\"\(id)\" is not a challenge id") }
        let document = try await Runtime.withApplication(configuration) { app in
            try await ChallengeInterchange(db: app.db, catalog: configuration.catalog).export(uuid)
        }
        // The same bytes `equitas export-all` puts in its archive.
        let data = try document.encoded()
        if let out {
            try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
