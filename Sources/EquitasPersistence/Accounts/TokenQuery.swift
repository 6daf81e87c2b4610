/// The statement every API request with a bearer token runs: the token behind its hash
/// (`$1`) with its account, in one statement kept prepared on both databases
/// (`KeptRead`) and decoded by hand (`AccountColumns`). As two Fluent queries (the
/// token, then its account) their building and model decoding (reflection) made a kept
/// API answer cost about twice a kept page (bench/README.md, the workforce profile).
enum TokenQuery: KeptStatement {
    static let postgres = """
        SELECT t.id AS token_id, t.revoked_at, t.last_used_at, a.id AS account_id, a.email, a.name, a.role,
            a.organisation_id, a.person_id, a.disabled_at
        FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = $1
        """
    static let sqlite = KeptStatementText.sqlite(postgres)
}
