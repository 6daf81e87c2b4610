import ArgumentParser
import EquitasCore
import EquitasPersistence
import Foundation

struct ChallengeShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one challenge: scope, team, programme and what was found.")

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The challenge's id.")
    var id: String

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        guard let uuid = UUID(uuidString: id) else { throw ValidationError("\"\(id)\" is not a challenge id") }
        let document = try await Runtime.withApplication(configuration) { app in
            try await ChallengeInterchange(db: app.db, catalog: configuration.catalog).export(uuid)
        }
        let framework = configuration.catalog.framework(document.framework, version: document.frameworkVersion)
        print(ChallengeSummary(document: document, framework: framework).text)
    }
}
