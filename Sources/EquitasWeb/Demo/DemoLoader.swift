import EquitasCore
import EquitasLibrary
import EquitasPersistence
import Fluent
import Foundation

/// Loads the demo challenge shipped with Equitas, once: a second call finds it and
/// leaves the database as it is.
public enum DemoLoader {
    public struct Outcome: Sendable {
        public var challengeId: UUID
        public var created: Bool
    }

    public static func load(on db: any Database, catalog: FrameworkCatalog) async throws -> Outcome {
        let data = try DemoData.challengeDocument()
        let document = try ChallengeDocument.decode(data)
        if let existing = try await existingChallenge(named: document.organisations.first?.name, on: db, catalog: catalog) {
            return Outcome(challengeId: existing, created: false)
        }
        let id = try await ChallengeInterchange(db: db, catalog: catalog).importDocument(data)
        return Outcome(challengeId: id, created: true)
    }

    private static func existingChallenge(named name: String?, on db: any Database, catalog: FrameworkCatalog) async throws -> UUID? {
        guard let name else { return nil }
        let organisations = try await OrganisationStore(db: db).list(try PageRequest(per: PageRequest.maximumPer), nameContains: name)
        for organisation in organisations.items where organisation.value.name == name {
            let challenges = try await ChallengeStore(db: db, catalog: catalog).list(try PageRequest(per: 1), organisationId: organisation.id)
            if let first = challenges.items.first { return first.id }
        }
        return nil
    }
}
