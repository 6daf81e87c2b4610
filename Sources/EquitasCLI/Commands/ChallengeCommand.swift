import ArgumentParser

struct ChallengeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "challenge",
        abstract: "List, show, export and import peer challenges.",
        subcommands: [ChallengeListCommand.self, ChallengeShowCommand.self, ChallengeExportCommand.self, ChallengeImportCommand.self]
    )
}
