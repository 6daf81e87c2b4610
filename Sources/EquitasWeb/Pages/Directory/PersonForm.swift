import EquitasCore
import Foundation
import Vapor

/// The person form as typed, kept as text for re-showing after an error.
struct PersonForm: Content {
    var name = ""
    var jobTitle = ""
    /// An organisation's id, or empty for someone who belongs to none.
    var organisationId = ""

    enum CodingKeys: String, CodingKey {
        case name
        case jobTitle = "job_title"
        case organisationId = "organisation_id"
    }

    init() {}

    init(_ person: Person) {
        name = person.name
        jobTitle = person.jobTitle ?? ""
        organisationId = person.organisationId?.uuidString.lowercased() ?? ""
    }

    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        name = try fields.decodeIfPresent(String.self, forKey: .name) ?? ""
        jobTitle = try fields.decodeIfPresent(String.self, forKey: .jobTitle) ?? ""
        organisationId = try fields.decodeIfPresent(String.self, forKey: .organisationId) ?? ""
    }

    var problems: FormErrors {
        var errors = FormErrors()
        if Text.optional(name) == nil { errors.add("name", "Enter the person's name") }
        if !organisationId.isEmpty, UUID(uuidString: organisationId) == nil {
            errors.add("organisation_id", "Choose an organisation from the list")
        }
        return errors
    }

    /// The person, once `problems` is empty.
    var person: Person {
        Person(name: name, organisationId: UUID(uuidString: organisationId), jobTitle: jobTitle)
    }
}
