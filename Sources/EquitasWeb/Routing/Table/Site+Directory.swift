import EquitasCore
import Foundation

/// Organisations, people and accounts (and, in the API, frameworks, the register, the library and the caller).
extension Site {
    static let accounts = Endpoint<Void>(.GET, "accounts", resource: .accounts)
    static let accountsPost = Endpoint<Void>(.POST, "accounts", resource: .accounts)
    static let accountDisablePost = Endpoint<UUID>(.POST, "accounts", .accountID, "disable", resource: .accounts)
    static let accountEnablePost = Endpoint<UUID>(.POST, "accounts", .accountID, "enable", resource: .accounts)
    static let accountsNew = Endpoint<Void>(.GET, "accounts", "new", resource: .accounts, access: .write)
    static let organisations = Endpoint<Void>(.GET, "organisations", resource: .directory)
    static let organisationsPost = Endpoint<Void>(.POST, "organisations", resource: .directory)
    static let organisation = Endpoint<UUID>(.GET, "organisations", .organisationID, resource: .directory)
    static let organisationPost = Endpoint<UUID>(.POST, "organisations", .organisationID, resource: .directory)
    static let organisationsNew = Endpoint<Void>(.GET, "organisations", "new", resource: .directory, access: .write)
    static let people = Endpoint<Void>(.GET, "people", resource: .directory)
    static let peoplePost = Endpoint<Void>(.POST, "people", resource: .directory)
    static let person = Endpoint<UUID>(.GET, "people", .personID, resource: .directory)
    static let personPost = Endpoint<UUID>(.POST, "people", .personID, resource: .directory)
    static let personEdit = Endpoint<UUID>(.GET, "people", .personID, "edit", resource: .directory, access: .write)
    static let peopleNew = Endpoint<Void>(.GET, "people", "new", resource: .directory, access: .write)

    static let directoryRoutes: [RouteDeclaration] = [
        accounts.declaration,
        accountsPost.declaration,
        accountDisablePost.declaration,
        accountEnablePost.declaration,
        accountsNew.declaration,
        organisations.declaration,
        organisationsPost.declaration,
        organisation.declaration,
        organisationPost.declaration,
        organisationsNew.declaration,
        people.declaration,
        peoplePost.declaration,
        person.declaration,
        personPost.declaration,
        personEdit.declaration,
        peopleNew.declaration,
    ]
}
