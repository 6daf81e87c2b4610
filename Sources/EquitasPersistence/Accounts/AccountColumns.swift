import EquitasCore
import Foundation
import SQLKit

/// An account read by hand from a kept statement's row (`SessionQuery`, `TokenQuery`):
/// the columns `account_id`, `email`, `name`, `role`, `organisation_id`, `person_id`.
enum AccountColumns {
    static func account(_ row: any SQLRow) throws -> Identified<Account> {
        let role = try row.decode(column: "role", as: String.self)
        guard let known = Role(rawValue: role) else { throw CorruptColumn(table: "accounts", column: "role", value: role) }
        let account = Account(
            email: try row.decode(column: "email", as: String.self), name: try row.decode(column: "name", as: String.self), role: known,
            organisationId: try row.decode(column: "organisation_id", as: UUID?.self), personId: try row.decode(column: "person_id", as: UUID?.self))
        return Identified(id: try row.decode(column: "account_id", as: UUID.self), value: account)
    }
}
