import FluentKit

/// A migration that creates one table. Each names its columns with raw strings, never
/// through a row type, so that what an old migration does never changes when a row does.
/// Every table has a UUID primary key, `id`.
protocol TableMigration: AsyncMigration {
    static var table: String { get }
    /// Adds the table's columns and constraints (the `id` column is already there).
    func columns(_ table: SchemaBuilder) -> SchemaBuilder
}

extension TableMigration {
    func prepare(on database: any Database) async throws {
        try await columns(database.schema(Self.table).id()).create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.table).delete()
    }
}
