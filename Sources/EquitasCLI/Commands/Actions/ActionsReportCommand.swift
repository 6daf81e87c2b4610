import ArgumentParser
import EquitasCore
import EquitasRender
import EquitasWeb
import Foundation

struct ActionsReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a committee progress report on a plan, as Word, PDF, HTML or Markdown.",
        discussion: """
            The summary, a status chart with its text alternative, what changed since the \
            previous report, overdue and upcoming actions, and every action's latest update. \
            Prints the path of the file written.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The plan's id.")
    var plan: String

    @Option(help: "docx, pdf (tagged, made by LibreOffice), html or md.")
    var format: String = "docx"

    @Option(name: .customLong("as-of"), help: "The position the report shows (YYYY-MM-DD; default today). Later updates are left out.")
    var asOf: String?

    @Option(help: "The previous report's date: changes after it are highlighted (default: three months before --as-of).")
    var since: String?

    @Flag(help: "The committee's covering report (purpose, recommendation, background, figures, implications, contact) with the progress report as its appendix.")
    var cover = false

    @Option(name: .shortAndLong, help: "File to write (default: a file named for the plan and the date, in the current directory).")
    var out: String?

    func validate() throws {
        _ = try OptionValue.id(plan, option: "plan")
        _ = try reportFormat()
        let day = try OptionValue.date(asOf, option: "as-of")
        if let previous = try since.map({ try OptionValue.date($0, option: "since") }), previous >= day {
            throw ValidationError("--since (\(previous)) must be before --as-of (\(day))")
        }
    }

    func reportFormat() throws -> ReportFormat {
        guard let reportFormat = ReportFormat(rawValue: format), reportFormat != .pptx else {
            throw ValidationError("--format: \"\(format)\" is not a progress report format; use docx, pdf, html or md")
        }
        return reportFormat
    }

    func run() async throws {
        guard let planId = try OptionValue.id(plan, option: "plan") else { return }
        let reportFormat = try reportFormat()
        if reportFormat == .pdf { try PDFExport.checkAvailable() }
        let day = try OptionValue.date(asOf, option: "as-of")
        let previous = try since.map { try OptionValue.date($0, option: "since") }
        let configuration = try Runtime.configuration(options: runtime)
        let rendered = try await Runtime.withApplication(configuration) { app in
            try await ActionPlanExchange(db: app.db, catalog: configuration.catalog, clock: app.equitas.clock)
                .progressReport(planId, format: reportFormat, asOf: day, since: previous, cover: cover)
        }
        let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let target = out.map { URL(fileURLWithPath: $0, relativeTo: directory) } ?? directory.appendingPathComponent(rendered.filename)
        try rendered.data.write(to: target, options: .atomic)
        print(target.standardizedFileURL.path)
    }
}
