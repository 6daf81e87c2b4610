import FluentKit
import SQLKit

/// Comments are read by challenge and by version; the unique constraint on
/// report_versions already covers its challenge_id.
struct M0017_IndexReportComments: AsyncMigration {
    var name: String { "0017-index-report-comments" }

    static let columns = ["challenge_id", "version_id"]

    func prepare(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        for column in Self.columns {
            try await sql.create(index: "report_comments_\(column)_index").on("report_comments").column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try SQLAccess.sql(database)
        for column in Self.columns {
            try await sql.drop(index: "report_comments_\(column)_index").run()
        }
    }
}
