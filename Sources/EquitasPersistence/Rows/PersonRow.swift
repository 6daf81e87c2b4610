import EquitasCore
import FluentKit
import Foundation

final class PersonRow: ValueRow, @unchecked Sendable {
    static let schema = "people"
    static let noun = "person"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @OptionalField(key: "organisation_id") var organisationId: UUID?
    @OptionalField(key: "job_title") var jobTitle: String?

    init() {}

    func apply(_ value: Person) {
        name = value.name
        organisationId = value.organisationId
        jobTitle = value.jobTitle
    }

    func value() throws -> Person {
        Person(name: name, organisationId: organisationId, jobTitle: jobTitle)
    }
}
