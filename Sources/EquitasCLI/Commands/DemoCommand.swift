import ArgumentParser
import EquitasWeb

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the demo joint peer challenge, one council's action plan and the follow-up challenge (once).")

    @OptionGroup var runtime: RuntimeOptions

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        let outcome = try await Runtime.withApplication(configuration) { app in
            let outcome = try await DemoLoader.load(on: app.db, catalog: configuration.catalog)
            try await DemoAccounts.ensure(challengeId: outcome.challengeId, on: app.db, catalog: configuration.catalog, hasher: configuration.passwordHasher)
            return outcome
        }
        print(outcome.created
              ? "Loaded the demo challenge: \(outcome.challengeId.uuidString.lowercased())"
              : "The demo challenge is already loaded: \(outcome.challengeId.uuidString.lowercased())")
        print("Its action plan: \(outcome.actionPlanId.uuidString.lowercased())")
        print("The follow-up challenge, three years on: \(outcome.followUpId.uuidString.lowercased())")
        print("Demo accounts (password \(DemoAccounts.password)): \(DemoAccounts.people.map { DemoAccounts.email($0.local) }.joined(separator: ", "))")
    }
}
