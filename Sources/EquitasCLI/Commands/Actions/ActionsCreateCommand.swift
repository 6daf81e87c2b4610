import ArgumentParser
import EquitasCore
import EquitasPersistence
import Foundation

struct ActionsCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Make a council's action plan from a challenge's final report: one item per recommendation, numbered the same.",
        discussion: "Prints the new plan's id. The challenge must be final or published.")

    @OptionGroup var runtime: RuntimeOptions

    @Option(name: .customLong("from-challenge"), help: "The challenge whose final report the plan answers (its id).")
    var challenge: String

    @Option(help: "The council whose plan it is (its id); needed only for a joint challenge.")
    var organisation: String?

    @Option(help: "The plan's title (default: the council's name and the challenge's year).")
    var title: String?

    func run() async throws {
        guard let challengeId = try OptionValue.id(challenge, option: "from-challenge") else { return }
        let organisationId = try OptionValue.id(organisation, option: "organisation")
        let configuration = try Runtime.configuration(options: runtime)
        let record = try await Runtime.withApplication(configuration) { app in
            try await ActionPlanStore(db: app.db, catalog: configuration.catalog)
                .createFromChallenge(challengeId, organisationId: organisationId, title: title)
        }
        print(record.plan.id.uuidString.lowercased())
    }
}
