import ArgumentParser

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the database schema up to date.")

    @OptionGroup var runtime: RuntimeOptions

    func run() async throws {
        var configuration = try Runtime.configuration(options: runtime)
        // Migrating is this command's whole work, whatever EQUITAS_MIGRATE_ON_START says.
        configuration.migrateOnStart = true
        try await Runtime.withApplication(configuration) { _ in }
        print("The database is up to date (\(configuration.database.summary)).")
    }
}
