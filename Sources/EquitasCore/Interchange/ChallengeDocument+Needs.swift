extension ChallengeDocument {
    /// Someone the team names, as the store needs them to find or create a person.
    public struct PersonNeeded: Equatable, Hashable, Sendable {
        public var name: String
        /// The name of their organisation, one of `organisationsNeeded`.
        public var organisation: String?
        public var jobTitle: String?

        public init(name: String, organisation: String? = nil, jobTitle: String? = nil) {
            self.name = name
            self.organisation = organisation
            self.jobTitle = jobTitle
        }
    }

    /// Every organisation the document names: the challenged ones in order, with their
    /// type and ONS code, then the team's own organisations (type `other`), each once.
    public var organisationsNeeded: [Organisation] {
        var result: [Organisation] = []
        for entry in organisations where !result.contains(where: { $0.name == entry.name }) {
            let type = entry.type.flatMap(OrganisationType.init(rawValue:)) ?? .other
            result.append(Organisation(name: entry.name, type: type, onsCode: entry.onsCode))
        }
        for name in team.compactMap(\.organisation) where !result.contains(where: { $0.name == name }) {
            result.append(Organisation(name: name, type: .other))
        }
        return result
    }

    /// Everyone on the team, each once, in team order.
    public var peopleNeeded: [PersonNeeded] {
        var result: [PersonNeeded] = []
        for member in team where !result.contains(where: { $0.name == member.name && $0.organisation == member.organisation }) {
            result.append(PersonNeeded(name: member.name, organisation: member.organisation, jobTitle: member.jobTitle))
        }
        return result
    }
}
