import FluentKit
import SQLKit

/// A challenge may follow an earlier one (the last cycle's). A plain column, without a
/// foreign key: a backup restores `challenges` in one pass, in any order, and a key to
/// the same table would refuse a follow-up restored before the challenge it follows.
/// The store clears the link when the earlier challenge is deleted.
struct M0043_AddChallengeFollows: AsyncMigration {
    var name: String { "0043-add-challenge-follows" }

    func prepare(on database: any Database) async throws {
        try await database.schema("challenges").field("follows_id", .uuid).update()
        try await SQLAccess.sql(database).create(index: "challenges_follows_id_index").on("challenges").column("follows_id").run()
    }

    func revert(on database: any Database) async throws {
        try await SQLAccess.sql(database).drop(index: "challenges_follows_id_index").run()
        try await database.schema("challenges").deleteField("follows_id").update()
    }
}
