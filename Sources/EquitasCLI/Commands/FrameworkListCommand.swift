import ArgumentParser
import EquitasCore
import Foundation

struct FrameworkListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every framework and version this installation knows.")

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        let listing = FrameworkListing(catalog: try FrameworkCommand.loadCatalog())
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(listing.rows), as: UTF8.self))
        } else {
            print(listing.table)
        }
    }
}
