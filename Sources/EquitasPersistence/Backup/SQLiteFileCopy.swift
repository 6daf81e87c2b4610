import FluentKit
import Foundation
import SQLKit

/// A single-file copy of a live SQLite database with `VACUUM INTO`, which reads inside
/// one transaction, so the copy is consistent while the server keeps writing. (SQLite's
/// online backup API would do the same, but SQLiteNIO does not expose it.) The copy is
/// made beside the target and moved into place when complete.
public enum SQLiteFileCopy {
    public static func write(_ database: any Database, to url: URL) async throws {
        let schema = try BackupSchema(database)
        guard schema.isSQLite else { throw BackupError("--mode sqlite-file needs the SQLite database; this one is \(schema.dialect)") }
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(UUID().uuidString)")
        do {
            // VACUUM INTO takes no bound parameters: the path goes in as a quoted literal.
            try await schema.sql.raw("VACUUM INTO \(literal: partial.path)").run()
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: partial)
            } else {
                try FileManager.default.moveItem(at: partial, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }
}
