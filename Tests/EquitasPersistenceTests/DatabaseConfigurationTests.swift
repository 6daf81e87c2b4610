import EquitasPersistence
import Foundation
import Testing

@Suite("Choosing the database from the environment")
struct DatabaseConfigurationTests {
    let data = URL(fileURLWithPath: "/srv/equitas-data", isDirectory: true)

    @Test("without DATABASE_URL, SQLite in the data folder")
    func sqliteByDefault() throws {
        let configuration = try DatabaseConfiguration.from(environment: [:], dataDirectory: data)
        #expect(configuration == .sqlite(path: "/srv/equitas-data/equitas.sqlite"))
        #expect(try DatabaseConfiguration.from(environment: ["DATABASE_URL": "  "], dataDirectory: data) == configuration)
    }

    @Test(
        "a postgres:// or postgresql:// DATABASE_URL wins",
        arguments: [
            "postgres://equitas:secret@db.internal:5432/equitas",
            "postgresql://equitas@127.0.0.1/equitas?sslmode=require",
        ])
    func postgres(url: String) throws {
        #expect(try DatabaseConfiguration.from(environment: ["DATABASE_URL": url], dataDirectory: data) == .postgres(url: url))
    }

    @Test(
        "an unusable DATABASE_URL says what is wrong, without the password",
        arguments: [
            ("mysql://equitas:hunter2@db/equitas", "postgres://"),
            ("postgres://equitas:hunter2@/equitas", "names no host"),
            ("postgres://db.internal/equitas", "names no user"),
            ("postgres://equitas:hunter2@db.internal", "names no database"),
            ("postgres://equitas:hunter2@db.internal/equitas?sslmode=sometimes", "sslmode=sometimes"),
        ])
    func refused(url: String, problem: String) throws {
        let error = #expect(throws: DatabaseConfigurationError.self) {
            try DatabaseConfiguration.from(environment: ["DATABASE_URL": url], dataDirectory: data)
        }
        #expect(error?.message.contains(problem) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("hunter2") == false)
    }
}
