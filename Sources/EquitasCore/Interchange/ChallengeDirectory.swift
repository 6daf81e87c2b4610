import Foundation

/// The stored organisations and people a document's names stand for. The store finds or
/// creates each of `organisationsNeeded` and `peopleNeeded`, then hands them over here;
/// `record(directory:newID:)` looks every name up in it.
public struct ChallengeDirectory: Sendable {
    public var organisations: [Identified<Organisation>]
    public var people: [Identified<Person>]

    public init(organisations: [Identified<Organisation>], people: [Identified<Person>]) {
        self.organisations = organisations
        self.people = people
    }

    public func organisation(named name: String) -> Identified<Organisation>? {
        organisations.first { $0.value.name == name }
    }

    /// The person of that name whose organisation has that name (or who has none).
    public func person(named name: String, organisation: String?) -> Identified<Person>? {
        var organisationId: UUID?
        if let organisation {
            guard let found = self.organisation(named: organisation) else { return nil }
            organisationId = found.id
        }
        return people.first { $0.value.name == name && $0.value.organisationId == organisationId }
    }

    /// A directory in which everything the document names is new: what an empty store
    /// would create, and what validation checks a document against.
    public static func fresh(for document: ChallengeDocument, newID: () -> UUID) -> ChallengeDirectory {
        let organisations = document.organisationsNeeded.map { Identified(id: newID(), value: $0) }
        var directory = ChallengeDirectory(organisations: organisations, people: [])
        for needed in document.peopleNeeded {
            let organisationId = needed.organisation.flatMap { directory.organisation(named: $0)?.id }
            directory.people.append(
                Identified(id: newID(), value: Person(name: needed.name, organisationId: organisationId, jobTitle: needed.jobTitle)))
        }
        return directory
    }
}
