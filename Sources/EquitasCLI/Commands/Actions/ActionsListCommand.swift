import ArgumentParser
import EquitasCore
import EquitasPersistence
import Foundation

struct ActionsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List action plans.")

    @OptionGroup var runtime: RuntimeOptions

    @Option(help: "Only this organisation's plans (its id).")
    var organisation: String?

    @Option(help: "Only plans answering this challenge (its id).")
    var challenge: String?

    @Flag(help: "Print JSON instead of lines.")
    var json = false

    func run() async throws {
        let organisationId = try OptionValue.id(organisation, option: "organisation")
        let challengeId = try OptionValue.id(challenge, option: "challenge")
        let configuration = try Runtime.configuration(options: runtime)
        let page = try await Runtime.withApplication(configuration) { app in
            try await ActionPlanStore(db: app.db, catalog: configuration.catalog)
                .list(try PageRequest(per: PageRequest.maximumPer), organisationId: organisationId, challengeId: challengeId)
        }
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(page), as: UTF8.self))
        } else if page.items.isEmpty {
            print("No action plans.")
        } else {
            for plan in page.items { print("\(plan.id.uuidString.lowercased())  \(plan.value.title)") }
        }
    }
}
