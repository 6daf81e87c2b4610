import FluentKit
import SQLKit

/// The library's filters as words of the SQLite full-text index (issue 21), so that a
/// filtered search is an intersection of the index's lists rather than a join checked
/// match by match: each entry gets a second indexed column, `facets`, of tokens for its
/// challenge, kind, module, the challenge's status, framework and year, the levels its
/// module (or, without one, any module) was assessed at and its councils' types
/// (`LibraryFacets` spells them). Triggers keep them in step with every table they come
/// from. PostgreSQL is unchanged: its filters stay conditions beside the GIN match.
struct M0042_IndexLibraryFilters: SQLMigration {
    var name: String { "0042-index-library-filters" }

    func statements(postgres: Bool) -> [String] {
        postgres ? [] : LibraryFacetSchema.sqlite
    }

    func revertStatements(postgres: Bool) -> [String] {
        postgres ? [] : LibraryFacetSchema.revertSQLite
    }
}

/// The migration's statements. The facet expression is written once, for an entry whose
/// challenge, kind and module are the given SQL expressions.
enum LibraryFacetSchema {
    /// One token, or nothing for NULL: a prefix naming the filter, the value's UTF-8 in
    /// hex (only letters and digits, which the tokenizer keeps whole), and a closing 0 so
    /// that the Porter stemmer, which only trims endings in letters, leaves it as it is.
    static func token(_ prefix: String, _ value: String) -> String {
        "CASE WHEN \(value) IS NULL THEN '' ELSE ' \(prefix)' || hex(\(value)) || '0' END"
    }

    static func facets(challenge: String, kind: String, module: String) -> String {
        let date = "COALESCE(c.start_date, c.created_at)"
        return """
            (\(token("zc", challenge)) || \(token("zk", kind)) || \(token("zm", module)) \
            || COALESCE((SELECT \(token("zs", "c.status")) || \(token("zf", "c.framework_id")) || \(token("zy", "substr(\(date), 1, 5)")) \
            FROM challenges c WHERE c.id = \(challenge)), '') \
            || COALESCE((SELECT group_concat(\(token("zl", "cm.level")), '') FROM challenge_modules cm \
            WHERE cm.challenge_id = \(challenge) AND (\(module) IS NULL OR cm.module_id = \(module))), '') \
            || COALESCE((SELECT group_concat(\(token("zo", "o.type")), '') FROM challenge_organisations co \
            JOIN organisations o ON o.id = co.organisation_id WHERE co.challenge_id = \(challenge)), ''))
            """
    }

    /// Every entry's facets worked out again, for a WHERE clause to narrow. The columns are
    /// named with their table: challenges and challenge_modules have columns of the same names.
    static let refresh = """
        UPDATE library_search_entries SET facets = \(facets(
            challenge: "library_search_entries.challenge_id", kind: "library_search_entries.kind", module: "library_search_entries.module_id"))
        """

    static let sqlite: [String] = [
        "ALTER TABLE library_search_entries ADD COLUMN facets TEXT NOT NULL DEFAULT ''",
        refresh,
        "DROP TRIGGER library_search_entries_insert",
        "DROP TRIGGER library_search_entries_delete",
        "DROP TRIGGER library_search_entries_update",
        "DROP TRIGGER findings_library_insert",
        "DROP TRIGGER findings_library_update",
        "DROP TRIGGER recommendations_library_insert",
        "DROP TRIGGER recommendations_library_update",
        "DROP TABLE library_search_text",
        """
        CREATE VIRTUAL TABLE library_search_text USING fts5(
            text, facets, content='library_search_entries', content_rowid='entry', tokenize='porter unicode61 remove_diacritics 2')
        """,
        "INSERT INTO library_search_text (library_search_text) VALUES ('rebuild')",
        """
        CREATE TRIGGER library_search_entries_insert AFTER INSERT ON library_search_entries BEGIN
            INSERT INTO library_search_text (rowid, text, facets) VALUES (new.entry, new.text, new.facets); END
        """,
        """
        CREATE TRIGGER library_search_entries_delete AFTER DELETE ON library_search_entries BEGIN
            INSERT INTO library_search_text (library_search_text, rowid, text, facets) VALUES ('delete', old.entry, old.text, old.facets); END
        """,
        """
        CREATE TRIGGER library_search_entries_update AFTER UPDATE OF text, facets ON library_search_entries
            WHEN old.text IS NOT new.text OR old.facets IS NOT new.facets BEGIN
            INSERT INTO library_search_text (library_search_text, rowid, text, facets) VALUES ('delete', old.entry, old.text, old.facets);
            INSERT INTO library_search_text (rowid, text, facets) VALUES (new.entry, new.text, new.facets); END
        """,
        """
        CREATE TRIGGER findings_library_insert AFTER INSERT ON findings BEGIN
            INSERT INTO library_search_entries (source_id, challenge_id, kind, module_id, organisation_id, number, text, facets)
            VALUES (new.id, new.challenge_id, new.kind, new.module_id, new.organisation_id, NULL, new.text,
                \(facets(challenge: "new.challenge_id", kind: "new.kind", module: "new.module_id"))); END
        """,
        """
        CREATE TRIGGER findings_library_update AFTER UPDATE ON findings BEGIN
            UPDATE library_search_entries SET kind = new.kind, module_id = new.module_id,
                organisation_id = new.organisation_id, text = new.text,
                facets = \(facets(challenge: "new.challenge_id", kind: "new.kind", module: "new.module_id")) WHERE source_id = old.id; END
        """,
        """
        CREATE TRIGGER recommendations_library_insert AFTER INSERT ON recommendations BEGIN
            INSERT INTO library_search_entries (source_id, challenge_id, kind, module_id, organisation_id, number, text, facets)
            VALUES (new.id, new.challenge_id, 'recommendation', new.module_id, new.organisation_id, new.number, new.text,
                \(facets(challenge: "new.challenge_id", kind: "'recommendation'", module: "new.module_id"))); END
        """,
        """
        CREATE TRIGGER recommendations_library_update AFTER UPDATE ON recommendations BEGIN
            UPDATE library_search_entries SET module_id = new.module_id, organisation_id = new.organisation_id,
                number = new.number, text = new.text,
                facets = \(facets(challenge: "new.challenge_id", kind: "'recommendation'", module: "new.module_id")) WHERE source_id = old.id; END
        """,
        // What the facets come from, changed: the challenge's entries are worked out again.
        """
        CREATE TRIGGER challenges_library_facets AFTER UPDATE OF status, framework_id, start_date, created_at ON challenges
            WHEN old.status IS NOT new.status OR old.framework_id IS NOT new.framework_id OR old.start_date IS NOT new.start_date
                OR old.created_at IS NOT new.created_at BEGIN
            \(refresh) WHERE challenge_id = new.id; END
        """,
        """
        CREATE TRIGGER challenge_modules_library_insert AFTER INSERT ON challenge_modules BEGIN
            \(refresh) WHERE challenge_id = new.challenge_id; END
        """,
        """
        CREATE TRIGGER challenge_modules_library_update AFTER UPDATE OF challenge_id, module_id, level ON challenge_modules BEGIN
            \(refresh) WHERE challenge_id IN (old.challenge_id, new.challenge_id); END
        """,
        """
        CREATE TRIGGER challenge_modules_library_delete AFTER DELETE ON challenge_modules BEGIN
            \(refresh) WHERE challenge_id = old.challenge_id; END
        """,
        """
        CREATE TRIGGER challenge_organisations_library_insert AFTER INSERT ON challenge_organisations BEGIN
            \(refresh) WHERE challenge_id = new.challenge_id; END
        """,
        """
        CREATE TRIGGER challenge_organisations_library_update AFTER UPDATE OF challenge_id, organisation_id ON challenge_organisations BEGIN
            \(refresh) WHERE challenge_id IN (old.challenge_id, new.challenge_id); END
        """,
        """
        CREATE TRIGGER challenge_organisations_library_delete AFTER DELETE ON challenge_organisations BEGIN
            \(refresh) WHERE challenge_id = old.challenge_id; END
        """,
        """
        CREATE TRIGGER organisations_library_facets AFTER UPDATE OF type ON organisations WHEN old.type IS NOT new.type BEGIN
            \(refresh) WHERE challenge_id IN (SELECT challenge_id FROM challenge_organisations WHERE organisation_id = new.id); END
        """,
    ]

    /// Back to M0035's index: one column, its triggers as they were.
    static let revertSQLite: [String] = [
        "DROP TRIGGER organisations_library_facets",
        "DROP TRIGGER challenge_organisations_library_delete",
        "DROP TRIGGER challenge_organisations_library_update",
        "DROP TRIGGER challenge_organisations_library_insert",
        "DROP TRIGGER challenge_modules_library_delete",
        "DROP TRIGGER challenge_modules_library_update",
        "DROP TRIGGER challenge_modules_library_insert",
        "DROP TRIGGER challenges_library_facets",
        "DROP TRIGGER recommendations_library_update",
        "DROP TRIGGER recommendations_library_insert",
        "DROP TRIGGER findings_library_update",
        "DROP TRIGGER findings_library_insert",
        "DROP TRIGGER library_search_entries_update",
        "DROP TRIGGER library_search_entries_delete",
        "DROP TRIGGER library_search_entries_insert",
        "DROP TABLE library_search_text",
        "ALTER TABLE library_search_entries DROP COLUMN facets",
    ] + LibrarySearchSchema.sqlite.filter { !$0.contains("CREATE TABLE library_search_entries") && !$0.contains("CREATE INDEX") && !$0.contains("findings_library_delete") && !$0.contains("recommendations_library_delete") }
        + ["INSERT INTO library_search_text (library_search_text) VALUES ('rebuild')"]
}
