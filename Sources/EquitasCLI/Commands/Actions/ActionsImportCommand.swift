import ArgumentParser
import EquitasCore
import EquitasSheets
import EquitasWeb
import Foundation

struct ActionsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring an action plan in from XLSX, CSV or an equitas.action-plan/1 JSON document.",
        discussion: """
            With --plan, the spreadsheet updates that plan: every row is checked first and \
            nothing is written if any cell is bad; changed statuses and new latest updates \
            become dated progress updates; rows that are gone remove their actions. Use \
            --dry-run to see the changes without making them. A sheet exported before the \
            plan's latest changes applies only what it changed, and is refused if it would \
            undo newer work, unless --force. Without --plan, a new plan is \
            made: give --organisation for a spreadsheet (a JSON document names its council).
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The file, or - for standard input. Its type is read from its contents.")
    var file: String

    @Option(help: "The plan to update (its id).")
    var plan: String?

    @Option(help: "For a new plan from a spreadsheet: the council whose plan it is (its id).")
    var organisation: String?

    @Option(help: "For a new plan: the challenge it answers (its id).")
    var challenge: String?

    @Option(help: "For a new plan from a spreadsheet: its title.")
    var title: String?

    @Option(help: "Who is importing: recorded on the progress updates the import makes.")
    var by: String = "Spreadsheet import"

    @Flag(help: "Show what would change, and change nothing.")
    var dryRun = false

    @Flag(help: "Apply a sheet exported before the plan's latest changes even where it undoes them.")
    var force = false

    @Option(help: "A CSV file mapping the sheet's own headings to Equitas columns (heading,column), or to ignore.")
    var mapping: String?

    func validate() throws {
        let planId = try OptionValue.id(plan, option: "plan")
        _ = try OptionValue.id(organisation, option: "organisation")
        _ = try OptionValue.id(challenge, option: "challenge")
        if planId != nil, organisation != nil || challenge != nil || title != nil {
            throw ValidationError("--plan updates an existing plan; --organisation, --challenge and --title are for a new one")
        }
        if planId == nil, dryRun { throw ValidationError("--dry-run needs --plan: it shows the changes to an existing plan") }
        if planId == nil, force { throw ValidationError("--force needs --plan: it is for a sheet of an existing plan") }
    }

    func run() async throws {
        print(try await importFile(configuration: try Runtime.configuration(options: runtime)), terminator: "")
    }

    /// Imports the file; what to print. A refusal (a bad cell, or a stale sheet that would
    /// undo newer work) throws, saying why, and nothing is written.
    func importFile(configuration: AppConfiguration) async throws -> String {
        let data = try InputFile.read(file)
        let planId = try OptionValue.id(plan, option: "plan")
        let organisationId = try OptionValue.id(organisation, option: "organisation")
        let challengeId = try OptionValue.id(challenge, option: "challenge")
        let today = CalendarDate(Date())
        let headings = try Self.headings(mapping: mapping, lenient: planId == nil)
        do {
            return try await Runtime.withApplication(configuration) { app in
                let exchange = ActionPlanExchange(db: app.db, catalog: configuration.catalog, clock: app.equitas.clock)
                guard let planId else {
                    let record = try await exchange.importNew(
                        data, organisationId: organisationId, challengeId: challengeId, title: title, importedBy: by, today: today,
                        headings: headings)
                    return record.plan.id.uuidString.lowercased() + "\n"
                }
                let outcome = try await exchange.importSheet(
                    data, into: planId, importedBy: by, today: today, dryRun: dryRun, force: force, headings: headings)
                let lines = [Self.staleReport(outcome)].compactMap(\.self) + outcome.changes
                guard !outcome.refused || dryRun else {
                    throw ValidationError(
                        lines.joined(separator: "\n")
                            + "\n\(file): refused, nothing written: the sheet would undo changes made to the plan since it was exported (above). Export the plan again, or use --force to apply the sheet's changes over them.")
                }
                let summary = dryRun
                    ? "Dry run: \(outcome.summary); nothing written."
                    : outcome.summary.prefix(1).uppercased() + outcome.summary.dropFirst() + "."
                return (lines + [summary]).joined(separator: "\n") + "\n"
            }
        } catch let failure as ValidationFailure {
            throw ValidationError("\(file): \(failure)")
        } catch let errors as ActionPlanSheetErrors {
            throw ValidationError("\(file): \(errors)\nNothing was written.")
        }
    }

    /// The mapping file's headings (a new plan from the council's own sheet is read
    /// leniently: see `ActionPlanHeadings`); each bad row of the mapping named.
    static func headings(mapping: String?, lenient: Bool) throws -> ActionPlanHeadings {
        guard let mapping else { return ActionPlanHeadings(lenient: lenient) }
        do {
            return try ActionPlanHeadings(mapping: try CSVReader.read(try InputFile.read(mapping), name: "Mapping"), lenient: lenient)
        } catch let failure as ValidationFailure {
            throw ValidationError("\(mapping): \(failure)")
        } catch let errors as ActionPlanSheetErrors {
            throw ValidationError("\(mapping): " + errors.failures.map(\.description).joined(separator: "\n"))
        }
    }

    /// For a sheet exported before the plan's latest changes: how it was compared, what
    /// changed in the plan since, and each place where both changed.
    static func staleReport(_ outcome: ActionPlanExchange.ImportOutcome) -> String? {
        guard let exported = outcome.exportedRevision, exported != outcome.currentRevision else { return nil }
        var lines = [outcome.message]
        if !outcome.sinceExport.isEmpty {
            lines.append("Changed in the plan since the export:")
            lines += outcome.sinceExport.map { "  " + $0 }
        }
        for conflict in outcome.conflicts {
            lines.append("Both changed \(conflict.place):")
            lines += conflict.sinceExport.map { "  in the plan since the export: " + $0 }
            lines += conflict.sheet.map { "  in the sheet: " + $0 }
        }
        if !outcome.changes.isEmpty { lines.append(outcome.refused ? "The sheet's other changes:" : "The sheet's changes:") }
        return lines.joined(separator: "\n")
    }
}
