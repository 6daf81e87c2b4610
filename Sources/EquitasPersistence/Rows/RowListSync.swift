import FluentKit
import Foundation

/// Rewrites a stored list of child rows (a challenge's organisations, an entry's
/// evidence links) to match a new list with as few writes as it takes. A row whose key
/// is still wanted keeps its id and is updated only where it differs; rows no longer
/// wanted are deleted, new ones created. Deleting and recreating the whole list would
/// be simpler, but every save would then fill the audit trail with removals and
/// additions of things that never changed.
enum RowListSync {
    /// `copy(from, to)` sets on the stored row `to` only the columns where the wanted
    /// row `from` differs; setting an equal value would count as a change.
    static func sync<Row: EquitasRow, Key: Equatable>(
        _ stored: [Row], to wanted: [Row], key: (Row) -> Key, copy: (_ from: Row, _ to: Row) -> Void, on db: any Database
    ) async throws {
        var unmatched = stored
        var kept: [Row] = []
        var added: [Row] = []
        for row in wanted {
            if let index = unmatched.firstIndex(where: { key($0) == key(row) }) {
                let match = unmatched.remove(at: index)
                copy(row, match)
                kept.append(match)
            } else {
                added.append(row)
            }
        }
        // Deletes first, so that a unique key freed by one can be taken by another.
        for row in unmatched { try await row.delete(on: db) }
        for row in kept where row.hasChanges { try await row.update(on: db) }
        // One at a time: FluentKit's batch create runs model middleware on all of them at
        // once, concurrently, before a single insert, which the audit trail cannot use.
        for row in added { try await row.create(on: db) }
    }
}
