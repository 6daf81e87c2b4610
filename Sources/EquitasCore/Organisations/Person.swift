import Foundation

/// Someone who takes part: a peer, a council contact, a lead officer.
public struct Person: Codable, Equatable, Hashable, Sendable {
    public var name: String
    public var organisationId: UUID?
    public var jobTitle: String?

    public init(name: String, organisationId: UUID? = nil, jobTitle: String? = nil) {
        self.name = name
        self.organisationId = organisationId
        self.jobTitle = jobTitle
    }

    public func validated() throws(ValidationFailure) -> Person {
        var copy = self
        copy.name = try Text.required(name, path: "name", maximum: 200)
        copy.jobTitle = Text.optional(jobTitle)
        return copy
    }
}
