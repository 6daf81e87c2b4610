import FluentKit
import SQLKit

/// The last day's feedback, recorded by the review manager: when it was given, by whom,
/// and the challenge as it stood then (JSON text, read whole, like a report version's
/// snapshot), so the council receives the deck that was presented, not today's. One per
/// challenge. Its rows move the challenge's change stamp like the other rows under a
/// challenge (M0036), through triggers of its own.
struct M0037_CreateFeedbackPresentations: AsyncMigration {
    static let table = "feedback_presentations"
    var name: String { "0037-create-feedback-presentations" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table).id()
            .field("challenge_id", .uuid, .required, .references("challenges", "id", onDelete: .cascade))
            .field("given_on", .string, .required)
            .field("recorded_by", .string, .required)
            .field("snapshot", .string, .required)
            .unique(on: "challenge_id")
            .create()
        let sql = try SQLAccess.sql(database)
        for statement in try Self.isPostgres(sql) ? Self.postgresTriggers : Self.sqliteTriggers {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.table).delete()
    }

    private static func isPostgres(_ sql: any SQLDatabase) throws -> Bool { sql.dialect.name == "postgresql" }

    /// The same statements M0036 writes for each table under a challenge, for this one.
    static let sqliteTriggers = [
        """
        CREATE TRIGGER feedback_presentations_stamp_insert AFTER INSERT ON feedback_presentations BEGIN
            UPDATE challenges SET revision = revision + 1 WHERE id = new.challenge_id; END
        """,
        """
        CREATE TRIGGER feedback_presentations_stamp_update AFTER UPDATE ON feedback_presentations BEGIN
            UPDATE challenges SET revision = revision + 1 WHERE id IN (old.challenge_id, new.challenge_id); END
        """,
        """
        CREATE TRIGGER feedback_presentations_stamp_delete AFTER DELETE ON feedback_presentations BEGIN
            UPDATE challenges SET revision = revision + 1 WHERE id = old.challenge_id; END
        """,
    ]

    static let postgresTriggers = [
        """
        CREATE TRIGGER feedback_presentations_stamp AFTER INSERT OR UPDATE OR DELETE ON feedback_presentations
            FOR EACH ROW EXECUTE FUNCTION equitas_stamp_challenge()
        """
    ]
}
