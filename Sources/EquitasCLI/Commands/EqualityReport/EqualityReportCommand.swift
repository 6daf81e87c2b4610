import ArgumentParser
import EquitasCore
import EquitasRender
import EquitasWeb
import Foundation

struct EqualityReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "equality-report",
        abstract: "Write a council's annual equality information report, as Word, HTML or Markdown.",
        discussion: """
            Built from the council's stored workforce snapshots (the newest in detail, trends \
            across all), its community profile and its impact assessment register. No figure about \
            fewer than --threshold people (default: the council's own threshold, else 10) is shown, nor any that would give one away \
            (docs/adr/0006-disclosure-control.md). Prints the path of the file written.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Option(help: "The council's name (any letter case) or id.")
    var organisation: String

    @Option(help: "docx, pdf (tagged, made by LibreOffice), html or md.")
    var format: String = "docx"

    @Option(help: "The report's date (YYYY-MM-DD; default today).")
    var date: String?

    @Option(help: "The fewest people a published figure may rest on (at least 5; default the council's own, else 10).")
    var threshold: Int?

    @Option(name: .shortAndLong, help: "File to write (default: a file named for the council and the date, in the current directory).")
    var out: String?

    func validate() throws {
        _ = try reportFormat()
        _ = try OptionValue.date(date, option: "date")
        _ = try DisclosureOption.control(threshold)
    }

    func reportFormat() throws -> ReportFormat {
        guard let reportFormat = ReportFormat(rawValue: format), reportFormat != .pptx else {
            throw ValidationError("--format: \"\(format)\" is not an equality report format; use docx, pdf, html or md")
        }
        return reportFormat
    }

    func run() async throws {
        let reportFormat = try reportFormat()
        if reportFormat == .pdf { try PDFExport.checkAvailable() }
        let day = try OptionValue.date(date, option: "date")
        let control = try threshold.map { try DisclosureOption.control($0) }
        let configuration = try Runtime.configuration(options: runtime)
        let rendered = try await Runtime.withApplication(configuration) { app in
            let council = try await OrganisationLookup.find(organisation, on: app.db)
            return try await EqualityInformationLoader(db: app.db).report(organisationId: council.id, format: reportFormat, date: day, control: control)
        }
        let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let target = out.map { URL(fileURLWithPath: $0, relativeTo: directory) } ?? directory.appendingPathComponent(rendered.filename)
        try rendered.data.write(to: target, options: .atomic)
        print(target.standardizedFileURL.path)
    }
}
