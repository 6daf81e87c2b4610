import EquitasCore
import FluentKit

extension Database {
    /// FluentKit's `transaction`, keeping the audit author. FluentKit runs a transaction's
    /// body in a task started from an event loop callback, which sees none of the
    /// caller's task-local values: without this, every change made in a transaction
    /// would be recorded as the system's. Code outside this module that opens a
    /// transaction itself must call this rather than `transaction`.
    public func transactionKeepingAuthor<T: Sendable>(
        _ closure: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        let author = AuditContext.author
        // The future-based requirement, whose closure type differs from both async forms.
        return try await transaction { (db: any Database) -> EventLoopFuture<T> in
            db.eventLoop.makeFutureWithTask {
                try await AuditContext.$author.withValue(author) { try await closure(db) }
            }
        }.get()
    }

    /// Shadows FluentKit's `transaction` inside this module (a declaration in the module
    /// that imports another wins over that module's), so that no store can forget.
    /// Public, it would be ambiguous in every module that imports both.
    func transaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await transactionKeepingAuthor(closure)
    }
}
