import EquitasCore

extension AuditAuthor {
    static func account(_ account: Identified<Account>) -> AuditAuthor {
        .account(id: account.id, name: account.value.name, email: account.value.email)
    }
}
