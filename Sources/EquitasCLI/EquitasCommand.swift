import ArgumentParser

/// `equitas`: equality framework assessments and peer challenges.
public struct EquitasCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "equitas",
        abstract: "Equality framework assessments and peer challenges for public bodies.",
        discussion: """
            Data lives in EQUITAS_DATA (default ./equitas-data): the SQLite database and \
            uploaded evidence. Set DATABASE_URL=postgres://… to use PostgreSQL instead. \
            EQUITAS_FRAMEWORKS adds directories of framework YAML files.
            """,
        subcommands: [
            ServeCommand.self, MigrateCommand.self, DemoCommand.self,
            ChallengeCommand.self, FrameworkCommand.self, ReportCommand.self, ActionsCommand.self, UserCommand.self,
            PayGapCommand.self, WorkforceCommand.self, CommunityCommand.self, EqualityReportCommand.self,
            LibraryCommand.self, BackupCommand.self, RestoreCommand.self, ExportAllCommand.self, RetentionCommand.self,
            RemindersCommand.self, CalendarCommand.self,
        ]
    )

    public init() {}
}
