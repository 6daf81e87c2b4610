import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasSheets
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
        let data = try InputFile.read(file, mapped: true)
        let columns = try StaffFile.columns(mapping: try mapping.map(InputFile.read))
        progress("Reading \(file)…")
        // Every cell is read and checked before anything is written: a CSV list through
        // the fast staff list path where it can be (as `equitas paygap` reads it),
        // otherwise, and for XLSX, the general reader, which names each bad cell.
        let list: StaffList
        do { list = try StaffListFile.list(data, columns: columns, limits: .localFile) } catch let failure as ValidationFailure {
            throw ValidationError("\(file): \(failure)")
        } catch {
            throw ValidationError("\(file): \(error)\nNothing was written.")
        }
        let records = list.records
        let large = records.count >= Self.progressThreshold
        if large { progress("Checked \(records.count) rows.") }
        let others = list.otherCharacteristics
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
