/// Indexes for the questions asked on every page and every sign-in: an account's
/// sessions (to end them all), and recent failures for an email or an address.
struct M0029_IndexSessions: IndexMigration {
    var name: String { "0029-index-sessions" }

    static let indexes: [(table: String, column: String)] = [
        ("sessions", "account_id"),
        ("sign_in_attempts", "email"),
        ("sign_in_attempts", "address"),
    ]
}
