import ArgumentParser
import EquitasCore
import EquitasWeb
import Foundation

struct ActionsDueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List unfinished actions that are overdue or due soon, soonest first.",
        discussion: "Across every plan, or one council's, or one plan. Overdue is worked out from the due date and the day, never stored.")

    @OptionGroup var runtime: RuntimeOptions

    @Option(help: "How far ahead to look: 30d, 6w or a number of days.")
    var within: String = "30d"

    @Option(help: "Only this plan (its id).")
    var plan: String?

    @Option(help: "Only this organisation's plans (its id).")
    var organisation: String?

    @Option(name: .customLong("as-of"), help: "The day to count from (YYYY-MM-DD; default today).")
    var asOf: String?

    @Flag(help: "Print JSON instead of lines.")
    var json = false

    func validate() throws {
        _ = try days()
        _ = try OptionValue.id(plan, option: "plan")
        _ = try OptionValue.id(organisation, option: "organisation")
        _ = try OptionValue.date(asOf, option: "as-of")
    }

    func days() throws -> Int {
        do { return try DurationInDays.parse(within) } catch { throw ValidationError("--within: \(error.message)") }
    }

    func run() async throws {
        let days = try days()
        let planId = try OptionValue.id(plan, option: "plan")
        let organisationId = try OptionValue.id(organisation, option: "organisation")
        let day = try OptionValue.date(asOf, option: "as-of")
        let configuration = try Runtime.configuration(options: runtime)
        let due = try await Runtime.withApplication(configuration) { app in
            try await ActionPlanExchange(db: app.db, catalog: configuration.catalog, clock: app.equitas.clock)
                .due(planId: planId, organisationId: organisationId, asOf: day, withinDays: days)
        }
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(due), as: UTF8.self))
            return
        }
        guard !due.isEmpty else {
            print("Nothing due within \(days) days of \(day.longForm).")
            return
        }
        for action in due { print(action.line) }
    }
}
