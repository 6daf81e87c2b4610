import Foundation

/// Looks up what a document refers to by name, within the challenge being built:
/// an organisation among the challenged ones, evidence by title, a peer on the team.
struct NameResolver {
    var organisations: [Identified<Organisation>] = []
    var evidence: [Identified<EvidenceDocument>] = []
    var people: [Identified<Person>] = []

    /// nil stays nil: a joint finding or entry.
    func organisation(_ name: String?, path: String) throws(ValidationFailure) -> UUID? {
        guard let name else { return nil }
        guard let found = organisations.first(where: { $0.value.name == name }) else {
            throw ValidationFailure(
                path: path, message: "\"\(name)\" is not one of this challenge's organisations (\(list(organisations.map(\.value.name))))")
        }
        return found.id
    }

    func evidence(_ title: String, path: String) throws(ValidationFailure) -> UUID {
        guard let found = evidence.first(where: { $0.value.title == title }) else {
            throw ValidationFailure(path: path, message: "\"\(title)\" is not the title of any evidence in this document")
        }
        return found.id
    }

    /// Peers are named by name alone, so two peers of one name cannot be told apart.
    func peer(_ name: String, path: String) throws(ValidationFailure) -> UUID {
        let matches = people.filter { $0.value.name == name }
        guard let found = matches.first else {
            throw ValidationFailure(path: path, message: "\"\(name)\" is not on this challenge's team")
        }
        guard matches.count == 1 else {
            throw ValidationFailure(path: path, message: "\"\(name)\" names \(matches.count) people on the team; give them different names")
        }
        return found.id
    }

    private func list(_ names: [String]) -> String {
        names.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
