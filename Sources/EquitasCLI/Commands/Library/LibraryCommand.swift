import ArgumentParser

/// `equitas library`: the good-practice library of past reports.
public struct LibraryCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Import past peer challenge reports into the good-practice library.",
        subcommands: [LibraryImportCommand.self]
    )

    public init() {}
}
