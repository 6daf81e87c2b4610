import ArgumentParser
import EquitasWeb
import Vapor

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web application and JSON API.")

    @OptionGroup var runtime: RuntimeOptions

    @ArgumentParser.Option(help: "Address to listen on.")
    var hostname = "127.0.0.1"

    @ArgumentParser.Option(help: "Port to listen on.")
    var port = 8080

    @ArgumentParser.Flag(help: "Load the demo challenge first (once; a second start finds it).")
    var demo = false

    func run() async throws {
        try ListeningAddress.check(hostname: hostname, port: port)
        let configuration = try Runtime.configuration(options: runtime)
        Runtime.bootstrapLogging(level: .info)
        // Vapor's own serve command does the listening and the signal handling; we hand
        // it our address rather than letting it read the process's arguments.
        let environment = Environment(
            name: "production",
            arguments: ["equitas", "serve", "--hostname", hostname, "--port", String(port)])
        let app = try await Application.make(environment)
        do {
            try await Runtime.prepare(app, configuration)
            if demo {
                let outcome = try await DemoLoader.load(on: app.db, catalog: configuration.catalog)
                app.logger.notice("\(outcome.created ? "Loaded" : "Found") the demo challenge \(outcome.challengeId) and action plan \(outcome.actionPlanId)")
                try await DemoAccounts.ensure(challengeId: outcome.challengeId, on: app.db, catalog: configuration.catalog, hasher: configuration.passwordHasher)
                app.logger.notice("Demo accounts: \(DemoAccounts.people.map { DemoAccounts.email($0.local) }.joined(separator: ", ")); password \(DemoAccounts.password)")
            }
            app.logger.notice("Equitas on http://\(hostname):\(port) — API at /api/v1, description at /api/v1/openapi.yaml")
            do {
                try await app.execute()
            } catch {
                throw RuntimeError("cannot listen on \(hostname):\(port): \(error)")
            }
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
