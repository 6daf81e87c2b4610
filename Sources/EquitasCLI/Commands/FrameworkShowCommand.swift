import ArgumentParser
import EquitasCore
import Foundation

struct FrameworkShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one framework: its levels, its modules and their criteria.")

    @Argument(help: "The framework's id, e.g. eflg-2021 (see `equitas framework list`).")
    var id: String

    @Option(help: "The version to show; the newest when left out.")
    var version: String?

    @Flag(help: "Print the whole framework as JSON.")
    var json = false

    func run() async throws {
        let catalog = try FrameworkCommand.loadCatalog()
        let framework: Framework
        switch FrameworkLookup.find(id, version: version, in: catalog) {
        case .success(let found):
            framework = found
        case .failure(let problem):
            StandardError.print(problem.description)
            throw ExitCode.failure
        }
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(framework), as: UTF8.self))
        } else {
            print(FrameworkOutline(framework: framework).text)
        }
    }
}
