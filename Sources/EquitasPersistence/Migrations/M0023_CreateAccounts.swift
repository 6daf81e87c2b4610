import FluentKit

/// People who sign in. The email is kept lower-cased, so the unique constraint is
/// case-blind on both databases. Only a bcrypt hash of the password is stored.
/// `disabled_at` is set rather than deleting the row, so that whatever an account did
/// can still be attributed to it.
struct M0023_CreateAccounts: TableMigration {
    static let table = "accounts"
    var name: String { "0023-create-accounts" }

    func columns(_ table: SchemaBuilder) -> SchemaBuilder {
        table
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("organisation_id", .uuid, .references("organisations", "id"))
            .field("person_id", .uuid, .references("people", "id"))
            .field("password_hash", .string, .required)
            .field("created_at", .string, .required)
            .field("disabled_at", .string)
            .unique(on: "email")
    }
}
