import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasWeb
import Foundation

/// `equitas retention apply [--dry-run]`: run by cron (or a systemd timer), daily or
/// weekly; each run erases whatever has fallen due since the last.
struct RetentionApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Erase the team's session notes of challenges whose final report is older than the retention period.",
        discussion: """
            The period is \(NotesRetention.setting) months after the final report (default \(NotesRetention.defaultMonths)). \
            The history of changes keeps a record that the notes were erased, without their text, and loses the text \
            of every earlier version of them. --dry-run lists what would be erased and changes nothing.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Flag(help: "List what would be erased; change nothing.")
    var dryRun = false

    @Option(help: "Count the period up to this day (YYYY-MM-DD) instead of today.")
    var asOf: String?

    func run() async throws {
        let lines = try await apply(configuration: try Runtime.configuration(options: runtime))
        lines.forEach { print($0) }
    }

    func apply(configuration: AppConfiguration) async throws -> [String] {
        let retention = configuration.notesRetention
        let today = try asOf.map { try OptionValue.date($0, option: "as-of") } ?? CalendarDate(Date())
        let erased = try await Runtime.withApplication(configuration) { app in
            try await NotesRetentionStore(db: app.db).apply(retention, today: today, dryRun: dryRun)
        }
        let verb = dryRun ? "would erase" : "erased"
        var lines = erased.map { erasure in
            "\(erasure.title) (final report \(erasure.finalIssued)): \(verb) the notes of \(erasure.sessions) session(s)"
        }
        lines.append(
            erased.isEmpty
                ? "No session notes are due for erasure (kept \(retention.months) months after the final report)."
                : (dryRun ? "Dry run: nothing erased." : "Erased the notes of \(erased.map(\.sessions).reduce(0, +)) session(s)."))
        return lines
    }
}
