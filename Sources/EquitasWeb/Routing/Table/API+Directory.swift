import EquitasCore
import Foundation

/// Organisations, people and accounts (and, in the API, frameworks, the register, the library and the caller).
extension API {
    static let accreditations = Endpoint<Void>(.GET, "api", "v1", "accreditations", resource: .publicRegister)
    static let frameworks = Endpoint<Void>(.GET, "api", "v1", "frameworks", resource: .frameworks)
    static let framework = Endpoint<String>(.GET, "api", "v1", "frameworks", .frameworkID, resource: .frameworks)
    static let libraryEntrySimilar = Endpoint<UUID>(.GET, "api", "v1", "library", "entries", .entryID, "similar", resource: .publicRegister)
    static let librarySearch = Endpoint<Void>(.GET, "api", "v1", "library", "search", resource: .publicRegister)
    static let me = Endpoint<Void>(.GET, "api", "v1", "me", resource: .everyone)
    static let meReminders = Endpoint<Void>(.GET, "api", "v1", "me", "reminders", resource: .signedIn)
    static let meRemindersPut = Endpoint<Void>(.PUT, "api", "v1", "me", "reminders", resource: .signedIn)
    static let openapiYaml = Endpoint<Void>(.GET, "api", "v1", "openapi.yaml", resource: .everyone)
    static let organisations = Endpoint<Void>(.GET, "api", "v1", "organisations", resource: .directory)
    static let organisationsPost = Endpoint<Void>(.POST, "api", "v1", "organisations", resource: .directory)
    static let organisation = Endpoint<UUID>(.GET, "api", "v1", "organisations", .organisationID, resource: .directory)
    static let organisationPut = Endpoint<UUID>(.PUT, "api", "v1", "organisations", .organisationID, resource: .directory)
    static let organisationDelete = Endpoint<UUID>(.DELETE, "api", "v1", "organisations", .organisationID, resource: .directory)
    static let people = Endpoint<Void>(.GET, "api", "v1", "people", resource: .directory)
    static let peoplePost = Endpoint<Void>(.POST, "api", "v1", "people", resource: .directory)
    static let person = Endpoint<UUID>(.GET, "api", "v1", "people", .personID, resource: .directory)
    static let personPut = Endpoint<UUID>(.PUT, "api", "v1", "people", .personID, resource: .directory)
    static let personDelete = Endpoint<UUID>(.DELETE, "api", "v1", "people", .personID, resource: .directory)

    static let directoryRoutes: [RouteDeclaration] = [
        accreditations.declaration,
        frameworks.declaration,
        framework.declaration,
        libraryEntrySimilar.declaration,
        librarySearch.declaration,
        me.declaration,
        meReminders.declaration,
        meRemindersPut.declaration,
        openapiYaml.declaration,
        organisations.declaration,
        organisationsPost.declaration,
        organisation.declaration,
        organisationPut.declaration,
        organisationDelete.declaration,
        people.declaration,
        peoplePost.declaration,
        person.declaration,
        personPut.declaration,
        personDelete.declaration,
    ]
}
