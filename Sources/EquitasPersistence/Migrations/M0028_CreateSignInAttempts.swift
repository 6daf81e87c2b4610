import FluentKit

/// Failed sign-ins, counted per email and per address to slow down password guessing.
/// Kept in the database so that every instance counts the same attempts.
struct M0028_CreateSignInAttempts: TableMigration {
    static let table = "sign_in_attempts"
    var name: String { "0028-create-sign-in-attempts" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("email", .string, .required)
            .field("address", .string, .required)
            .field("at", .string, .required)
    }
}
