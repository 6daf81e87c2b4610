import FluentKit
import SQLKit

/// The good-practice library's full-text index over every finding and recommendation.
/// `library_search_entries` holds one row per finding or recommendation, kept in step by
/// triggers, so that every way a challenge is written (pages, API, interchange import,
/// restore) is indexed without any of them knowing. Its integer key is what the index
/// refers to: SQLite's own rowids of the UUID-keyed tables may change on VACUUM.
/// SQLite indexes the text with FTS5 (Porter stemming); PostgreSQL with a stored English
/// tsvector under a GIN index. Both are derived data: backups leave them out and the
/// triggers rebuild them as the findings are restored.
struct M0035_CreateLibrarySearch: SQLMigration {
    var name: String { "0035-create-library-search" }

    func statements(postgres: Bool) -> [String] {
        (postgres ? LibrarySearchSchema.postgres : LibrarySearchSchema.sqlite) + LibrarySearchSchema.backfill
    }

    func revertStatements(postgres: Bool) -> [String] {
        postgres ? LibrarySearchSchema.dropPostgres : LibrarySearchSchema.dropSQLite
    }
}

/// The migration's statements, as literals: a released migration never changes.
enum LibrarySearchSchema {
    static let sqlite = [
        """
        CREATE TABLE library_search_entries (
            entry INTEGER PRIMARY KEY, source_id BLOB NOT NULL UNIQUE, challenge_id BLOB NOT NULL,
            kind TEXT NOT NULL, module_id TEXT, organisation_id BLOB, number INTEGER, text TEXT NOT NULL)
        """,
        "CREATE INDEX library_search_entries_challenge_id_index ON library_search_entries (challenge_id)",
        """
        CREATE VIRTUAL TABLE library_search_text USING fts5(
            text, content='library_search_entries', content_rowid='entry', tokenize='porter unicode61 remove_diacritics 2')
        """,
        """
        CREATE TRIGGER library_search_entries_insert AFTER INSERT ON library_search_entries BEGIN
            INSERT INTO library_search_text (rowid, text) VALUES (new.entry, new.text); END
        """,
        """
        CREATE TRIGGER library_search_entries_delete AFTER DELETE ON library_search_entries BEGIN
            INSERT INTO library_search_text (library_search_text, rowid, text) VALUES ('delete', old.entry, old.text); END
        """,
        """
        CREATE TRIGGER library_search_entries_update AFTER UPDATE OF text ON library_search_entries BEGIN
            INSERT INTO library_search_text (library_search_text, rowid, text) VALUES ('delete', old.entry, old.text);
            INSERT INTO library_search_text (rowid, text) VALUES (new.entry, new.text); END
        """,
        """
        CREATE TRIGGER findings_library_insert AFTER INSERT ON findings BEGIN
            INSERT INTO library_search_entries (source_id, challenge_id, kind, module_id, organisation_id, number, text)
            VALUES (new.id, new.challenge_id, new.kind, new.module_id, new.organisation_id, NULL, new.text); END
        """,
        """
        CREATE TRIGGER findings_library_update AFTER UPDATE ON findings BEGIN
            UPDATE library_search_entries SET kind = new.kind, module_id = new.module_id,
                organisation_id = new.organisation_id, text = new.text WHERE source_id = old.id; END
        """,
        """
        CREATE TRIGGER findings_library_delete AFTER DELETE ON findings BEGIN
            DELETE FROM library_search_entries WHERE source_id = old.id; END
        """,
        """
        CREATE TRIGGER recommendations_library_insert AFTER INSERT ON recommendations BEGIN
            INSERT INTO library_search_entries (source_id, challenge_id, kind, module_id, organisation_id, number, text)
            VALUES (new.id, new.challenge_id, 'recommendation', new.module_id, new.organisation_id, new.number, new.text); END
        """,
        """
        CREATE TRIGGER recommendations_library_update AFTER UPDATE ON recommendations BEGIN
            UPDATE library_search_entries SET module_id = new.module_id, organisation_id = new.organisation_id,
                number = new.number, text = new.text WHERE source_id = old.id; END
        """,
        """
        CREATE TRIGGER recommendations_library_delete AFTER DELETE ON recommendations BEGIN
            DELETE FROM library_search_entries WHERE source_id = old.id; END
        """,
    ]

    static let postgres = [
        """
        CREATE TABLE library_search_entries (
            entry BIGSERIAL PRIMARY KEY, source_id UUID NOT NULL UNIQUE, challenge_id UUID NOT NULL,
            kind TEXT NOT NULL, module_id TEXT, organisation_id UUID, number BIGINT, text TEXT NOT NULL,
            document TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)
        """,
        "CREATE INDEX library_search_entries_challenge_id_index ON library_search_entries (challenge_id)",
        "CREATE INDEX library_search_entries_document_index ON library_search_entries USING GIN (document)",
        """
        CREATE FUNCTION library_search_from_findings() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM library_search_entries WHERE source_id = OLD.id;
                RETURN OLD;
            ELSIF TG_OP = 'UPDATE' THEN
                UPDATE library_search_entries SET kind = NEW.kind, module_id = NEW.module_id,
                    organisation_id = NEW.organisation_id, text = NEW.text WHERE source_id = OLD.id;
            ELSE
                INSERT INTO library_search_entries (source_id, challenge_id, kind, module_id, organisation_id, number, text)
                VALUES (NEW.id, NEW.challenge_id, NEW.kind, NEW.module_id, NEW.organisation_id, NULL, NEW.text);
            END IF;
            RETURN NEW;
        END $$
        """,
        """
        CREATE FUNCTION library_search_from_recommendations() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM library_search_entries WHERE source_id = OLD.id;
                RETURN OLD;
            ELSIF TG_OP = 'UPDATE' THEN
                UPDATE library_search_entries SET module_id = NEW.module_id, organisation_id = NEW.organisation_id,
                    number = NEW.number, text = NEW.text WHERE source_id = OLD.id;
            ELSE
                INSERT INTO library_search_entries (source_id, challenge_id, kind, module_id, organisation_id, number, text)
                VALUES (NEW.id, NEW.challenge_id, 'recommendation', NEW.module_id, NEW.organisation_id, NEW.number, NEW.text);
            END IF;
            RETURN NEW;
        END $$
        """,
        """
        CREATE TRIGGER findings_library AFTER INSERT OR UPDATE OR DELETE ON findings
            FOR EACH ROW EXECUTE FUNCTION library_search_from_findings()
        """,
        """
        CREATE TRIGGER recommendations_library AFTER INSERT OR UPDATE OR DELETE ON recommendations
            FOR EACH ROW EXECUTE FUNCTION library_search_from_recommendations()
        """,
    ]

    /// What was written before the index existed.
    static let backfill = [
        """
        INSERT INTO library_search_entries (source_id, challenge_id, kind, module_id, organisation_id, number, text)
        SELECT id, challenge_id, kind, module_id, organisation_id, NULL, text FROM findings ORDER BY challenge_id, position
        """,
        """
        INSERT INTO library_search_entries (source_id, challenge_id, kind, module_id, organisation_id, number, text)
        SELECT id, challenge_id, 'recommendation', module_id, organisation_id, number, text FROM recommendations
        ORDER BY challenge_id, number
        """,
    ]

    static let dropSQLite = [
        "DROP TRIGGER recommendations_library_delete", "DROP TRIGGER recommendations_library_update",
        "DROP TRIGGER recommendations_library_insert", "DROP TRIGGER findings_library_delete",
        "DROP TRIGGER findings_library_update", "DROP TRIGGER findings_library_insert",
        "DROP TABLE library_search_text", "DROP TABLE library_search_entries",
    ]

    static let dropPostgres = [
        "DROP TRIGGER recommendations_library ON recommendations", "DROP TRIGGER findings_library ON findings",
        "DROP FUNCTION library_search_from_recommendations()", "DROP FUNCTION library_search_from_findings()",
        "DROP TABLE library_search_entries",
    ]
}
