import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasSheets
import EquitasWeb
import Fluent
import Foundation

struct CommunityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "community",
        abstract: "Community profiles: the census make-up of a council's area, which its workforce is compared with.",
        subcommands: [CommunityImportCommand.self])
}

/// `equitas community import FILE --organisation X --area "…" --source "…"`.
struct CommunityImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store a council's community profile from a CSV file, replacing any it had.",
        discussion: """
            Columns characteristic,group,percent (the header is required), such as \
            "ethnicity,Asian or Asian British,7.4". Each characteristic's percentages must \
            add up to 100, give or take 1.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The CSV file (- reads standard input).")
    var file: String

    @Option(help: "The council: its name or id.")
    var organisation: String

    @Option(help: "The area the figures describe, such as \"Wyvern Vale district\".")
    var area: String

    @Option(help: "Where the figures come from, such as \"Census 2021 (ONS)\".")
    var source: String

    func run() async throws {
        let profile = try await save(configuration: try Runtime.configuration(options: runtime))
        print("Stored \(profile.entries.count) figures for \(profile.characteristics.count) characteristics.")
    }

    func save(configuration: AppConfiguration) async throws -> CommunityProfile {
        let entries: [CommunityProfileEntry]
        do {
            entries = try CommunityProfileReader.read(try CSVReader.read(try InputFile.read(file), name: "Community profile"))
        } catch let errors as CommunityProfileErrors {
            throw ValidationError("\(file): \(errors)\nNothing was written.")
        } catch let failure as ValidationFailure {
            throw ValidationError("\(file): \(failure)")
        }
        return try await Runtime.withApplication(configuration) { app in
            let council = try await OrganisationLookup.find(organisation, on: app.db)
            let profile = CommunityProfile(organisationId: council.id, area: area, source: source, entries: entries)
            do { return try await WorkforceStore(db: app.db).saveCommunityProfile(profile) } catch let failure as ValidationFailure {
                throw ValidationError("--\(failure.path): \(failure.message)")
            }
        }
    }
}
