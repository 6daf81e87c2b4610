import ArgumentParser
import EquitasLibrary
import Foundation

struct FrameworkCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check framework YAML files before adding them to EQUITAS_FRAMEWORKS.",
        discussion: """
            Prints "FILE: ok" for each sound file and every problem as FILE:LINE: FIELD: message \
            on standard error. Exits non-zero when any file has a problem, so it can guard CI.
            """)

    @Argument(help: "One or more framework YAML files.")
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one framework file") }
    }

    func run() async throws {
        let report = FrameworkCheckReport(paths: files)
        for line in report.okLines { print(line) }
        for error in report.errors { StandardError.print(error.description) }
        guard report.errors.isEmpty else {
            StandardError.print(report.summary)
            throw ExitCode.failure
        }
    }
}
