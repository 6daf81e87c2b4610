import ArgumentParser

/// `equitas retention`: keeping what must go for no longer than it is needed.
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "Erase what is kept only for a time: the team's session notes.",
        subcommands: [RetentionApplyCommand.self])
}
