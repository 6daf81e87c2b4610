import ArgumentParser
import EquitasCore
import EquitasLibrary
import Foundation

/// `equitas framework`: which frameworks this installation knows, what is in one, and
/// whether a framework file is sound before it is deployed.
public struct FrameworkCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "List and show the frameworks this installation knows; check framework files.",
        discussion: """
            Frameworks ship with Equitas. EQUITAS_FRAMEWORKS adds directories of framework \
            YAML files, separated by ":". See docs/frameworks.md for the file format.
            """,
        subcommands: [FrameworkListCommand.self, FrameworkShowCommand.self, FrameworkCheckCommand.self]
    )

    public init() {}

    /// The bundled frameworks and those in EQUITAS_FRAMEWORKS; a broken library is
    /// reported on standard error and ends the command.
    static func loadCatalog(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> FrameworkCatalog {
        do {
            return try FrameworkLibrary.load(extraDirectories: FrameworkLibrary.directoriesFromEnvironment(environment))
        } catch {
            StandardError.print("\(error)")
            throw ExitCode.failure
        }
    }
}
