import ArgumentParser

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the database schema up to date.")

    @OptionGroup var runtime: RuntimeOptions

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        try await Runtime.withApplication(configuration) { _ in }
        print("The database is up to date (\(configuration.database.summary)).")
    }
}
