import ArgumentParser
import EquitasCore
import EquitasPersistence
import Foundation

struct ChallengeImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create a challenge from an equitas.challenge/1 JSON document.",
        discussion: "Nothing is written unless the whole document is valid; an error names the first bad field, e.g. findings[12].kind.")

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The JSON file, or - for standard input.")
    var file: String

    func run() async throws {
        let data = try InputFile.read(file)
        let configuration = try Runtime.configuration(options: runtime)
        do {
            let id = try await Runtime.withApplication(configuration) { app in
                try await ChallengeInterchange(db: app.db, catalog: configuration.catalog).importDocument(data)
            }
            print(id.uuidString.lowercased())
        } catch let failure as ValidationFailure {
            throw ValidationError("\(file): \(failure)")
        }
    }
}
