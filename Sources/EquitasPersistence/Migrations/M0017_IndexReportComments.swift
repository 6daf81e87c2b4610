/// Comments are read by challenge and by version; the unique constraint on
/// report_versions already covers its challenge_id.
struct M0017_IndexReportComments: IndexMigration {
    var name: String { "0017-index-report-comments" }

    static let indexes: [(table: String, column: String)] = [
        ("report_comments", "challenge_id"),
        ("report_comments", "version_id"),
    ]
}
