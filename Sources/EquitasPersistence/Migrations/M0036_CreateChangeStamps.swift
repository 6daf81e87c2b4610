import FluentKit
import SQLKit

/// Change stamps, so that a page can tell in one small query whether what it read
/// before still holds. `challenges.revision` goes up whenever the challenge's row or any
/// row under it changes (councils, modules, team, evidence, self-assessments and their
/// evidence, programme sessions and their peers, findings, recommendations, report
/// versions and comments); `action_plans.revision` likewise for a plan's items, actions
/// and updates; the `directory` counter in `change_counters` for organisations and
/// people. Triggers keep them, in the same transaction as the change, so every writer
/// (pages, API, imports, restore, another instance) moves them without knowing.
/// A stamp also carries the row's `created_at`, so a challenge deleted and made again
/// under the same id never repeats an old stamp.
struct M0036_CreateChangeStamps: SQLMigration {
    var name: String { "0036-create-change-stamps" }

    func statements(postgres: Bool) -> [String] {
        postgres ? ChangeStampSchema.postgres : ChangeStampSchema.sqlite
    }

    func revertStatements(postgres: Bool) -> [String] {
        postgres ? ChangeStampSchema.dropPostgres : ChangeStampSchema.dropSQLite
    }
}

/// The migration's statements. They are generated from fixed lists here, and a released
/// migration's lists never change.
enum ChangeStampSchema {
    /// Tables with their own `challenge_id`.
    static let challengeChildren = [
        "challenge_organisations", "challenge_modules", "team_members", "evidence", "self_assessments", "programme_sessions",
        "findings", "recommendations", "report_versions", "report_comments",
    ]
    /// Tables one step further down: (table, its parent column, the parent table).
    static let challengeGrandchildren = [
        ("self_assessment_evidence", "self_assessment_id", "self_assessments"), ("session_peers", "session_id", "programme_sessions"),
    ]
    static let planChildren = ["action_plan_items", "plan_actions", "progress_updates"]
    static let directoryTables = ["organisations", "people"]

    static let sqlite: [String] = {
        var statements: [String] = [
            "ALTER TABLE challenges ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE action_plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
            "CREATE TABLE change_counters (name TEXT PRIMARY KEY, revision INTEGER NOT NULL)",
            "INSERT INTO change_counters (name, revision) VALUES ('directory', 0)",
            // A change to the row itself, unless the change was to the revision already.
            """
            CREATE TRIGGER challenges_stamp AFTER UPDATE ON challenges WHEN new.revision = old.revision BEGIN
                UPDATE challenges SET revision = old.revision + 1 WHERE id = new.id; END
            """,
            """
            CREATE TRIGGER action_plans_stamp AFTER UPDATE ON action_plans WHEN new.revision = old.revision BEGIN
                UPDATE action_plans SET revision = old.revision + 1 WHERE id = new.id; END
            """,
        ]
        for table in challengeChildren {
            statements += sqliteBumps(table: table, parent: "challenges") { "\($0).challenge_id" }
        }
        for (table, column, middle) in challengeGrandchildren {
            statements += sqliteBumps(table: table, parent: "challenges") { "(SELECT challenge_id FROM \(middle) WHERE id = \($0).\(column))" }
        }
        for table in planChildren {
            statements += sqliteBumps(table: table, parent: "action_plans") { "\($0).plan_id" }
        }
        for table in directoryTables {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                statements.append("""
                    CREATE TRIGGER \(table)_stamp_\(event.lowercased()) AFTER \(event) ON \(table) BEGIN
                        UPDATE change_counters SET revision = revision + 1 WHERE name = 'directory'; END
                    """)
            }
        }
        return statements
    }()

    /// SQLite's triggers are per row and per event; `key` gives the parent's id from
    /// `new` or `old`.
    private static func sqliteBumps(table: String, parent: String, key: (String) -> String) -> [String] {
        [
            """
            CREATE TRIGGER \(table)_stamp_insert AFTER INSERT ON \(table) BEGIN
                UPDATE \(parent) SET revision = revision + 1 WHERE id = \(key("new")); END
            """,
            """
            CREATE TRIGGER \(table)_stamp_update AFTER UPDATE ON \(table) BEGIN
                UPDATE \(parent) SET revision = revision + 1 WHERE id IN (\(key("old")), \(key("new"))); END
            """,
            """
            CREATE TRIGGER \(table)_stamp_delete AFTER DELETE ON \(table) BEGIN
                UPDATE \(parent) SET revision = revision + 1 WHERE id = \(key("old")); END
            """,
        ]
    }

    static let dropSQLite: [String] = {
        var statements: [String] = []
        for table in challengeChildren + challengeGrandchildren.map(\.0) + planChildren + directoryTables {
            for event in ["insert", "update", "delete"] { statements.append("DROP TRIGGER IF EXISTS \(table)_stamp_\(event)") }
        }
        return statements + [
            "DROP TRIGGER IF EXISTS challenges_stamp", "DROP TRIGGER IF EXISTS action_plans_stamp", "DROP TABLE IF EXISTS change_counters",
            "ALTER TABLE challenges DROP COLUMN revision", "ALTER TABLE action_plans DROP COLUMN revision",
        ]
    }()

    static let postgres: [String] = {
        var statements: [String] = [
            "ALTER TABLE challenges ADD COLUMN revision BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE action_plans ADD COLUMN revision BIGINT NOT NULL DEFAULT 0",
            "CREATE TABLE change_counters (name TEXT PRIMARY KEY, revision BIGINT NOT NULL)",
            "INSERT INTO change_counters (name, revision) VALUES ('directory', 0)",
            // The row's own change moves its revision on, unless the change was to the revision.
            """
            CREATE FUNCTION equitas_stamp_own_row() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.revision = OLD.revision THEN NEW.revision := OLD.revision + 1; END IF;
                RETURN NEW;
            END $$
            """,
            "CREATE TRIGGER challenges_stamp BEFORE UPDATE ON challenges FOR EACH ROW EXECUTE FUNCTION equitas_stamp_own_row()",
            "CREATE TRIGGER action_plans_stamp BEFORE UPDATE ON action_plans FOR EACH ROW EXECUTE FUNCTION equitas_stamp_own_row()",
            """
            CREATE FUNCTION equitas_stamp_directory() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE change_counters SET revision = revision + 1 WHERE name = 'directory';
                RETURN NULL;
            END $$
            """,
        ]
        statements.append(postgresBump(function: "equitas_stamp_challenge", parent: "challenges") { "\($0).challenge_id" })
        statements.append(postgresBump(function: "equitas_stamp_plan", parent: "action_plans") { "\($0).plan_id" })
        for (table, column, middle) in challengeGrandchildren {
            statements.append(postgresBump(function: "equitas_stamp_\(table)", parent: "challenges") {
                "(SELECT challenge_id FROM \(middle) WHERE id = \($0).\(column))"
            })
            statements.append(postgresTrigger(table: table, function: "equitas_stamp_\(table)"))
        }
        for table in challengeChildren { statements.append(postgresTrigger(table: table, function: "equitas_stamp_challenge")) }
        for table in planChildren { statements.append(postgresTrigger(table: table, function: "equitas_stamp_plan")) }
        for table in directoryTables {
            statements.append(
                "CREATE TRIGGER \(table)_stamp AFTER INSERT OR UPDATE OR DELETE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION equitas_stamp_directory()")
        }
        return statements
    }()

    /// One function per way of finding the parent; `key` gives its id from NEW or OLD.
    private static func postgresBump(function: String, parent: String, key: (String) -> String) -> String {
        """
        CREATE FUNCTION \(function)() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN UPDATE \(parent) SET revision = revision + 1 WHERE id = \(key("OLD")); END IF;
            IF TG_OP <> 'DELETE' THEN UPDATE \(parent) SET revision = revision + 1 WHERE id = \(key("NEW")); END IF;
            RETURN NULL;
        END $$
        """
    }

    private static func postgresTrigger(table: String, function: String) -> String {
        "CREATE TRIGGER \(table)_stamp AFTER INSERT OR UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION \(function)()"
    }

    static let dropPostgres: [String] = {
        var statements: [String] = []
        for table in challengeChildren + challengeGrandchildren.map(\.0) + planChildren + directoryTables {
            statements.append("DROP TRIGGER IF EXISTS \(table)_stamp ON \(table)")
        }
        statements += [
            "DROP TRIGGER IF EXISTS challenges_stamp ON challenges", "DROP TRIGGER IF EXISTS action_plans_stamp ON action_plans",
            "DROP FUNCTION IF EXISTS equitas_stamp_own_row()", "DROP FUNCTION IF EXISTS equitas_stamp_challenge()",
            "DROP FUNCTION IF EXISTS equitas_stamp_plan()", "DROP FUNCTION IF EXISTS equitas_stamp_directory()",
        ]
        for (table, _, _) in challengeGrandchildren { statements.append("DROP FUNCTION IF EXISTS equitas_stamp_\(table)()") }
        return statements + [
            "DROP TABLE IF EXISTS change_counters", "ALTER TABLE challenges DROP COLUMN revision", "ALTER TABLE action_plans DROP COLUMN revision",
        ]
    }()
}
