import EquitasPersistence
import FluentKit
import SQLKit

extension TestDatabase {
    /// How many rows each of the schema's tables holds: for checking that a refused
    /// write left nothing behind.
    public static func rowCounts(on db: any Database) async throws -> [String: Int] {
        guard let sql = db as? any SQLDatabase else { throw TestDatabaseError("the database does not speak SQL") }
        var counts: [String: Int] = [:]
        for table in EquitasDatabase.tables {
            let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
            counts[table] = try row?.decode(column: "n", as: Int.self) ?? 0
        }
        return counts
    }
}
