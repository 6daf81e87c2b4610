import EquitasCore
import FluentKit
import Foundation

extension AccountStore {
    /// Whether the person turned their reminder digests off.
    public func remindersOff(_ id: UUID) async throws -> Bool {
        try await AccountRow.require(id, on: db).remindersOff ?? false
    }

    public func setRemindersOff(_ id: UUID, _ off: Bool) async throws {
        let row = try await AccountRow.require(id, on: db)
        row.remindersOff = off
        try await row.update(on: db)
    }
}
