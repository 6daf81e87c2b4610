import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasWeb
import Fluent
import Foundation

struct WorkforceListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List workforce snapshots, oldest first.")

    @OptionGroup var runtime: RuntimeOptions

    @Option(help: "Only this council's snapshots (its name or id).")
    var organisation: String?

    @Flag(help: "Print JSON instead of lines.")
    var json = false

    func run() async throws {
        print(try await listing(configuration: try Runtime.configuration(options: runtime)), terminator: "")
    }

    func listing(configuration: AppConfiguration) async throws -> String {
        let found = try await Runtime.withApplication(configuration) { app in
            let councils: [Identified<Organisation>]
            if let organisation {
                councils = [try await OrganisationLookup.find(organisation, on: app.db)]
            } else {
                councils = try await OrganisationStore(db: app.db).list(try PageRequest(per: PageRequest.maximumPer)).items
            }
            var found: [(council: String, snapshot: Identified<WorkforceSnapshot>)] = []
            for council in councils {
                for snapshot in try await WorkforceStore(db: app.db).snapshots(organisationId: council.id) {
                    found.append((council.value.name, snapshot))
                }
            }
            return found
        }
        if json { return String(decoding: try JSONCoding.encoder().encode(found.map(\.snapshot)), as: UTF8.self) + "\n" }
        if found.isEmpty { return "No workforce snapshots.\n" }
        return found.map { entry in
            let value = entry.snapshot.value
            return "\(value.date)  \(entry.council)  \(value.staffCount) staff  \(value.sourceFilename ?? "")"
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}
