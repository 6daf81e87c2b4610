import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers

/// The read connections of one SQLite database, lent to one caller at a time and kept
/// open for the next (`SQLiteReadConnection`). There are never more than the callers that
/// read at the same moment: in the server, one per event loop.
final class SQLiteReadConnections: Sendable {
    let path: String
    private let idle = NIOLockedValueBox<(open: Bool, connections: [SQLiteReadConnection], served: Int)>((true, [], 0))

    init(path: String) {
        self.path = path
    }

    /// The rows of `sql`, or nil when they could not be read this way (SQLite busy, the
    /// file not there, any failure): the caller then reads through the pool, which
    /// reports a real failure as usual.
    func rows(_ sql: String, _ binds: [SQLiteData]) -> [KeptReadRow]? {
        let lent = idle.withLockedValue { $0.open ? $0.connections.popLast() : nil }
        guard let connection = lent ?? (isOpen ? SQLiteReadConnection(path: path) : nil) else { return nil }
        do {
            let rows = try connection.rows(sql, binds)
            giveBack(connection)
            return rows
        } catch {
            connection.close()
            return nil
        }
    }

    /// Closes every idle connection; one lent out is closed as it comes back.
    func close() {
        let connections = idle.withLockedValue { state in
            defer { (state.open, state.connections) = (false, []) }
            return state.connections
        }
        for connection in connections { connection.close() }
    }

    /// How many reads these connections have answered (tests check that they are used).
    var served: Int { idle.withLockedValue { $0.served } }

    /// How many times the idle connections' statements were compiled again.
    var recompiled: Int { idle.withLockedValue { $0.connections.reduce(0) { $0 + $1.recompiled } } }

    private var isOpen: Bool { idle.withLockedValue { $0.open } }

    private func giveBack(_ connection: SQLiteReadConnection) {
        let kept = idle.withLockedValue { state -> Bool in
            guard state.open else { return false }
            state.connections.append(connection)
            state.served += 1
            return true
        }
        if !kept { connection.close() }
    }
}
