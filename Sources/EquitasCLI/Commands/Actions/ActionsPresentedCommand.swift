import ArgumentParser
import EquitasCore
import EquitasPersistence
import Foundation

struct ActionsPresentedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presented",
        abstract: "Record that a plan's progress report was presented to a committee.",
        discussion: """
            From then on every progress update dated on or before the meeting stands as \
            reported: its author can no longer correct or remove it (ADR 0015).
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The plan's id.")
    var plan: String

    @Option(help: "The committee, e.g. \"Audit and Standards Committee\".")
    var committee: String

    @Option(name: .customLong("on"), help: "The day of the meeting (YYYY-MM-DD; default today, not later).")
    var day: String?

    @Option(help: "Who records it.")
    var by: String = "Command line"

    func validate() throws {
        _ = try OptionValue.id(plan, option: "plan")
        _ = try OptionValue.date(day, option: "on")
    }

    func run() async throws {
        guard let planId = try OptionValue.id(plan, option: "plan") else { return }
        let configuration = try Runtime.configuration(options: runtime)
        let recorded = try await Runtime.withApplication(configuration) { app in
            let today = app.equitas.clock.today
            let report = CommitteeReport(date: try OptionValue.date(day, option: "on", default: today), committee: committee, recordedBy: by)
            return try await ActionPlanStore(db: app.db, catalog: configuration.catalog).recordCommitteeReport(planId, report, today: today)
        }
        print("Recorded: the progress report was presented to \(recorded.value.words).")
    }
}
