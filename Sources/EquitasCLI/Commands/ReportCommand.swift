import ArgumentParser
import EquitasCore
import EquitasRender
import EquitasWeb
import Foundation

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a challenge's report as Word, PDF, HTML, Markdown or the PowerPoint feedback deck.",
        discussion: """
            The working copy is the challenge as it is now, dated today; an issued version \
            (a draft number, draft for the latest, or final) is the snapshot frozen when it \
            was issued. Prints the path of the file written.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The challenge's id.")
    var id: String

    @Option(help: "docx, pdf (tagged, made by LibreOffice), html, md or pptx (the feedback deck).")
    var format: String

    @Option(help: "working (the live challenge), draft (the latest), final, or a version number.")
    var version: String = "working"

    @Flag(help: "Add the council's comments on the drafts, and how each was resolved, as an annex (for the final report).")
    var comments = false

    @Option(name: .shortAndLong, help: "File to write (default: a file named for the councils and the version, in the current directory).")
    var out: String?

    func validate() throws {
        guard UUID(uuidString: id) != nil else { throw ValidationError("\"\(id)\" is not a challenge id") }
        guard ReportFormat(rawValue: format) != nil else {
            throw ValidationError("\"\(format)\" is not a report format; use \(ReportFormat.rawValues.joined(separator: ", "))")
        }
        guard ReportVersionChoice(version) != nil else {
            throw ValidationError("\"\(version)\" is not a report version; use \(ReportVersionChoice.accepted)")
        }
    }

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = try await Runtime.withApplication(configuration) { app in
            try await write(directory: directory) { id, choice, format in
                try await ReportExport.render(
                    challengeId: id, choice: choice, format: format, db: app.db, catalog: configuration.catalog,
                    today: app.equitas.clock.today, includeComments: comments)
            }
        }
        print(url.path)
    }

    /// Renders with `render` and writes the file, to `--out` (relative to `directory`)
    /// or under the rendered file's own name in `directory`; returns where it went.
    func write(
        directory: URL, render: (UUID, ReportVersionChoice, ReportFormat) async throws -> RenderedReport
    ) async throws -> URL {
        guard let uuid = UUID(uuidString: id), let format = ReportFormat(rawValue: format), let choice = ReportVersionChoice(version) else {
            try validate()
            throw ValidationError("the arguments do not name a report")
        }
        if format == .pdf { try PDFExport.checkAvailable() }
        let rendered = try await render(uuid, choice, format)
        let target = out.map { URL(fileURLWithPath: $0, relativeTo: directory) } ?? directory.appendingPathComponent(rendered.filename)
        try rendered.data.write(to: target, options: .atomic)
        return target.standardizedFileURL
    }
}
