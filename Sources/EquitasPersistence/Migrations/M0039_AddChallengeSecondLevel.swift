import FluentKit

/// A challenge may conclude on a second framework's level beside its own (2008–09: the
/// Equality Standard's level with the Framework's). Four nullable columns, added one at
/// a time because SQLite adds one column per statement.
struct M0039_AddChallengeSecondLevel: AsyncMigration {
    var name: String { "0039-add-challenge-second-level" }

    static let columns = ["second_framework_id", "second_framework_version", "second_level", "second_judgement"]

    func prepare(on database: any Database) async throws {
        for column in Self.columns {
            try await database.schema("challenges").field(.string(column), .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for column in Self.columns.reversed() {
            try await database.schema("challenges").deleteField(.string(column)).update()
        }
    }
}
