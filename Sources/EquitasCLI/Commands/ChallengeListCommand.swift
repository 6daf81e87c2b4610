import ArgumentParser
import EquitasCore
import EquitasPersistence
import Foundation

struct ChallengeListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List challenges, newest first.")

    @OptionGroup var runtime: RuntimeOptions

    @Option(help: "Only challenges with this status (\(ChallengeStatus.rawValues.joined(separator: ", "))).")
    var status: String?

    @Option(help: "Page number, from 1.")
    var page = 1

    @Option(help: "Challenges per page (at most \(PageRequest.maximumPer)).")
    var per = 50

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        let wanted = try status.map { raw throws -> ChallengeStatus in
            guard let value = ChallengeStatus(rawValue: raw) else { throw ValidationError("--status: \(ChallengeStatus.unknown(raw))") }
            return value
        }
        let request = try PageRequest(page: page, per: per)
        let listing = try await Runtime.withApplication(configuration) { app in
            try await ChallengeListing.load(db: app.db, catalog: configuration.catalog, page: request, status: wanted)
        }
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(listing), as: UTF8.self))
        } else {
            print(listing.table)
        }
    }
}
