import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasWeb
import Fluent
import Foundation

/// `equitas workforce import FILE --organisation X --snapshot DATE`: reads and checks the
/// whole list, then writes it in one transaction. Every bad cell is named and nothing
/// is written when there is any.
struct WorkforceImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store an anonymised staff list (CSV or XLSX) as the council's snapshot at a date.")

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The staff list: a .csv or .xlsx file (- reads standard input).")
    var file: String

    @Option(help: "The council: its name or id.")
    var organisation: String

    @Option(help: "The snapshot date (YYYY-MM-DD); for the statutory pay gap, 31 March.")
    var snapshot: String

    @Option(help: "A CSV file mapping the file's headers to Equitas columns.")
    var mapping: String?

    @Flag(help: "Replace the council's snapshot at this date, if it has one.")
    var replace = false

    /// Lists at least this long report their progress on standard error.
    static let progressThreshold = 10_000

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        let stored = try await importFile(configuration: configuration, progress: StandardError.print)
        print("Stored \(stored.value.staffCount) staff at \(stored.value.date) (snapshot \(stored.id.uuidString.lowercased())).")
    }

    func importFile(configuration: AppConfiguration, progress: @escaping @Sendable (String) -> Void = { _ in }) async throws
        -> Identified<WorkforceSnapshot>
    {
        let day = try OptionValue.date(snapshot, option: "snapshot")
        let data = try InputFile.read(file)
        let columns = try StaffFile.columns(mapping: try mapping.map(InputFile.read))
        progress("Reading \(file)…")
        let table: SheetTable
        do { table = try StaffFile.table(data, name: "Staff") } catch let failure as ValidationFailure {
            throw ValidationError("\(file): \(failure)")
        }
        let large = table.rows.count >= Self.progressThreshold
        if large { progress("Checking \(table.rows.count) rows…") }
        let records: [StaffRecord]
        do { records = try StaffListReader.read(table, columns: columns) } catch {
            throw ValidationError("\(file): \(error)\nNothing was written.")
        }
        let others = table.header.map(columns.name).filter { !$0.isEmpty && !StaffColumns.known.contains($0) }
        let name = file == "-" ? nil : URL(fileURLWithPath: file).lastPathComponent
        let total = records.count
        return try await Runtime.withApplication(configuration) { app in
            let council = try await OrganisationLookup.find(organisation, on: app.db)
            let value = WorkforceSnapshot(
                organisationId: council.id, date: day, sourceFilename: name, staffCount: total, otherCharacteristics: others)
            do {
                return try await WorkforceStore(db: app.db).importSnapshot(value, records: records, replace: replace) { written in
                    if large, written % 10_000 == 0 || written == total { progress("Writing \(written) of \(total)") }
                }
            } catch let violation as RuleViolation {
                throw ValidationError("\(council.value.name): \(violation.message) (--replace)")
            }
        }
    }
}
