import ArgumentParser

struct ActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Action plans: make one from a final report, exchange it with Excel, see what is due, and report progress.",
        discussion: """
            A plan answers each recommendation with the council's response and its actions \
            (lead officer, timescale, status, dated updates). Spreadsheets carry one row per \
            action with its latest update; the JSON document carries the whole history.
            """,
        subcommands: [
            ActionsListCommand.self, ActionsCreateCommand.self, ActionsImportCommand.self, ActionsExportCommand.self,
            ActionsDueCommand.self, ActionsSummaryCommand.self, ActionsReportCommand.self, ActionsPresentedCommand.self,
        ]
    )
}
