import ArgumentParser

struct WorkforceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workforce",
        abstract: "Workforce snapshots: a council's anonymised staff list as it stood on a date, stored for pay gaps and profiles.",
        discussion: """
            One row per employee, in the columns `equitas paygap` reads. A council has one \
            snapshot per date; importing the same date again needs --replace. Then \
            `equitas paygap --organisation X --snapshot DATE` works from the stored list.
            """,
        subcommands: [WorkforceImportCommand.self, WorkforceListCommand.self, WorkforceDeleteCommand.self]
    )
}
