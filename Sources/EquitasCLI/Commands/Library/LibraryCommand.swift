import ArgumentParser

/// `equitas library`: the good-practice library of past reports.
public struct LibraryCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "The good-practice library: import past reports, and search every finding.",
        subcommands: [LibraryImportCommand.self, LibrarySearchCommand.self]
    )

    public init() {}
}
