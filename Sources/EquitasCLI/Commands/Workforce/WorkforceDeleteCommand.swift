import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasWeb
import Fluent
import Foundation

struct WorkforceDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a council's snapshot at a date, with its staff records.")

    @OptionGroup var runtime: RuntimeOptions

    @Option(help: "The council: its name or id.")
    var organisation: String

    @Option(help: "The snapshot date (YYYY-MM-DD).")
    var snapshot: String

    func run() async throws {
        try await delete(configuration: try Runtime.configuration(options: runtime))
        print("Deleted the snapshot at \(snapshot).")
    }

    func delete(configuration: AppConfiguration) async throws {
        let day = try OptionValue.date(snapshot, option: "snapshot")
        try await Runtime.withApplication(configuration) { app in
            let council = try await OrganisationLookup.find(organisation, on: app.db)
            do {
                try await WorkforceStore(db: app.db).deleteSnapshot(organisationId: council.id, date: day)
            } catch is NotFound {
                throw ValidationError("\(council.value.name) has no workforce snapshot at \(day)")
            }
        }
    }
}
