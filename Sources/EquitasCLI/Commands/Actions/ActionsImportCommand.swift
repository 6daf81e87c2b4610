import ArgumentParser
import EquitasCore
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
            --dry-run to see the changes without making them. Without --plan, a new plan is \
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

    func validate() throws {
        let planId = try OptionValue.id(plan, option: "plan")
        _ = try OptionValue.id(organisation, option: "organisation")
        _ = try OptionValue.id(challenge, option: "challenge")
        if planId != nil, organisation != nil || challenge != nil || title != nil {
            throw ValidationError("--plan updates an existing plan; --organisation, --challenge and --title are for a new one")
        }
        if planId == nil, dryRun { throw ValidationError("--dry-run needs --plan: it shows the changes to an existing plan") }
    }

    func run() async throws {
        let data = try InputFile.read(file)
        let planId = try OptionValue.id(plan, option: "plan")
        let organisationId = try OptionValue.id(organisation, option: "organisation")
        let challengeId = try OptionValue.id(challenge, option: "challenge")
        let configuration = try Runtime.configuration(options: runtime)
        let today = CalendarDate(Date())
        do {
            try await Runtime.withApplication(configuration) { app in
                let exchange = ActionPlanExchange(db: app.db, catalog: configuration.catalog)
                if let planId {
                    let outcome = try await exchange.importSheet(data, into: planId, importedBy: by, today: today, dryRun: dryRun)
                    for line in outcome.changes { print(line) }
                    print(dryRun ? "Dry run: \(outcome.summary); nothing written." : outcome.summary.prefix(1).uppercased() + outcome.summary.dropFirst() + ".")
                } else {
                    let record = try await exchange.importNew(
                        data, organisationId: organisationId, challengeId: challengeId, title: title, importedBy: by, today: today)
                    print(record.plan.id.uuidString.lowercased())
                }
            }
        } catch let failure as ValidationFailure {
            throw ValidationError("\(file): \(failure)")
        }
    }
}
