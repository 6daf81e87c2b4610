import FluentKit

/// A `workforce` counter in `change_counters` (M0036), moved by any insert, update or
/// delete of a workforce snapshot or a community profile, in the same transaction, so a
/// profile page kept under it is made again after any import, replacement or deletion,
/// whoever made it. Staff records are written and removed only with their snapshot's
/// row (`WorkforceStore`), which moves the counter; a trigger per staff record would
/// cost a 100,000-row import 100,000 updates. One counter for every council: staff lists
/// change a few times a year.
struct M0053_StampWorkforce: SQLMigration {
    var name: String { "0053-stamp-workforce" }

    static let tables = ["workforce_snapshots", "community_profiles"]

    func statements(postgres: Bool) -> [String] {
        var statements = ["INSERT INTO change_counters (name, revision) VALUES ('workforce', 0)"]
        if postgres {
            statements.append("""
                CREATE FUNCTION equitas_stamp_workforce() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE change_counters SET revision = revision + 1 WHERE name = 'workforce';
                    RETURN NULL;
                END $$
                """)
            for table in Self.tables {
                statements.append(
                    "CREATE TRIGGER \(table)_stamp AFTER INSERT OR UPDATE OR DELETE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION equitas_stamp_workforce()")
            }
        } else {
            for table in Self.tables {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    statements.append("""
                        CREATE TRIGGER \(table)_stamp_\(event.lowercased()) AFTER \(event) ON \(table) BEGIN
                            UPDATE change_counters SET revision = revision + 1 WHERE name = 'workforce'; END
                        """)
                }
            }
        }
        return statements
    }

    func revertStatements(postgres: Bool) -> [String] {
        var statements: [String] = []
        for table in Self.tables {
            if postgres {
                statements.append("DROP TRIGGER IF EXISTS \(table)_stamp ON \(table)")
            } else {
                statements += ["insert", "update", "delete"].map { "DROP TRIGGER IF EXISTS \(table)_stamp_\($0)" }
            }
        }
        if postgres { statements.append("DROP FUNCTION IF EXISTS equitas_stamp_workforce()") }
        return statements + ["DELETE FROM change_counters WHERE name = 'workforce'"]
    }
}
