import EquitasPersistence
import Foundation

/// One migrated SQLite file per test process, copied for each test: copying a file
/// takes a millisecond, migrating takes many.
actor SQLiteTemplate {
    static let shared = SQLiteTemplate()

    private var template: Task<String, any Error>?

    /// A new file holding a migrated, empty database.
    func copy() async throws -> String {
        let source = try await templatePath()
        let path = Self.temporaryPath("equitas-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: source, toPath: path)
        return path
    }

    private func templatePath() async throws -> String {
        if let template { return try await template.value }
        let task = Task {
            let path = Self.temporaryPath("equitas-template-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
            try await TestDatabase.using(EquitasPersistence.DatabaseConfiguration.sqlite(path: path)) { databases, _ in
                try await EquitasDatabase.migrate(databases, logger: TestDatabase.logger)
            }
            TemplateFiles.removeAtExit(path)
            return path
        }
        template = task
        return try await task.value
    }

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(name + ".sqlite").path
    }
}

/// Deletes the template file when the test process ends.
enum TemplateFiles {
    nonisolated(unsafe) private static var paths: [String] = []
    private static let lock = NSLock()

    static func removeAtExit(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if paths.isEmpty {
            atexit {
                for path in TemplateFiles.paths { unlink(path) }
            }
        }
        paths.append(path)
    }
}
