import ArgumentParser
import EquitasCore
import EquitasWeb
import Foundation

struct ActionsExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an action plan as an Excel workbook, CSV, or the JSON document with its full history.",
        discussion: "Prints the path of the file written. The spreadsheet has one row per action, with its latest update.")

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The plan's id.")
    var plan: String

    @Option(help: "xlsx, csv or json.")
    var format: String = "xlsx"

    @Option(name: .shortAndLong, help: "File to write (default: a file named for the plan, in the current directory).")
    var out: String?

    func validate() throws {
        _ = try OptionValue.id(plan, option: "plan")
        _ = try fileFormat()
    }

    func fileFormat() throws -> PlanFileFormat {
        guard let fileFormat = PlanFileFormat(rawValue: format) else {
            throw ValidationError("--format: \(PlanFileFormat.unknown(format))")
        }
        return fileFormat
    }

    func run() async throws {
        guard let planId = try OptionValue.id(plan, option: "plan") else { return }
        let fileFormat = try fileFormat()
        let configuration = try Runtime.configuration(options: runtime)
        let file = try await Runtime.withApplication(configuration) { app in
            try await ActionPlanExchange(db: app.db, catalog: configuration.catalog, clock: app.equitas.clock).export(planId, format: fileFormat)
        }
        let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let target = out.map { URL(fileURLWithPath: $0, relativeTo: directory) } ?? directory.appendingPathComponent(file.filename)
        try file.data.write(to: target, options: .atomic)
        print(target.standardizedFileURL.path)
    }
}
