import ArgumentParser
import EquitasCore
import EquitasWeb
import Foundation

struct ActionsSummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Count a plan's actions by status, by module and by lead officer, with how many are overdue.")

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The plan's id.")
    var plan: String

    @Option(name: .customLong("as-of"), help: "The day to count overdue actions on (YYYY-MM-DD; default today).")
    var asOf: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        guard let planId = try OptionValue.id(plan, option: "plan") else { return }
        let day = try OptionValue.date(asOf, option: "as-of")
        let configuration = try Runtime.configuration(options: runtime)
        let summary = try await Runtime.withApplication(configuration) { app in
            try await ActionPlanExchange(db: app.db, catalog: configuration.catalog, clock: app.equitas.clock).summary(planId, asOf: day)
        }
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(summary), as: UTF8.self))
        } else {
            print(summary.text)
        }
    }
}
