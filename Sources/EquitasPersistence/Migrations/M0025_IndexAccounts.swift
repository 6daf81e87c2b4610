/// Indexes for the questions asked of accounts: an account's tokens, and whether an
/// organisation or person about to be deleted still has an account pointing at it.
struct M0025_IndexAccounts: IndexMigration {
    var name: String { "0025-index-accounts" }

    static let indexes: [(table: String, column: String)] = [
        ("api_tokens", "account_id"),
        ("accounts", "organisation_id"),
        ("accounts", "person_id"),
    ]
}
