/// Indexes on the foreign keys every read filters by. PostgreSQL does not index a
/// foreign key by itself; the unique constraints already cover the tables they lead with.
struct M0014_IndexChallengeChildren: IndexMigration {
    var name: String { "0014-index-challenge-children" }

    static let indexes: [(table: String, column: String)] = [
        ("people", "organisation_id"),
        ("challenge_organisations", "organisation_id"),
        ("evidence", "challenge_id"),
        ("self_assessments", "challenge_id"),
        ("self_assessment_evidence", "self_assessment_id"),
        ("self_assessment_evidence", "evidence_id"),
        ("programme_sessions", "challenge_id"),
        ("session_peers", "session_id"),
        ("findings", "challenge_id"),
    ]
}
