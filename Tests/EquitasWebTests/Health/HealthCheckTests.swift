import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Testing
import Vapor

@Suite("Health and readiness checks")
struct HealthCheckTests {
    @Test("/healthz answers to anyone; /readyz says ready when the schema is current")
    func liveAndReady() async throws {
        try await withTestApp { app in
            let client = APIClient(app: app, token: nil)
            let live = try await client.send(.GET, "/healthz")
            #expect(live.status == .ok)
            #expect(live.text.contains(#""status":"ok""#))
            let ready = try await client.send(.GET, "/readyz")
            #expect(ready.status == .ok)
            #expect(ready.text.contains(#""pending_migrations":0"#))
        }
    }

    @Test("/readyz answers 503 and names the cure when a migration has not run")
    func behindSchema() async throws {
        try await withTestApp { app in
            // Forget the newest migration, as a database last migrated by an older build would.
            let newest = try #require(EquitasDatabase.migrations.last).name
            try await MigrationLog.query(on: app.db).filter(\.$name == newest).delete()
            let reply = try await APIClient(app: app, token: nil).send(.GET, "/readyz")
            #expect(reply.status == .serviceUnavailable)
            #expect(reply.text.contains("equitas migrate"))
            #expect(reply.text.contains(#""pending_migrations":1"#))
            #expect(try await SchemaStatus.check(on: app.db).pending == [newest])
        }
    }
}
