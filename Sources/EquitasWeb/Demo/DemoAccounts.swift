import EquitasCore
import EquitasPersistence
import FluentKit
import Foundation

/// One account per role for trying Equitas in a browser, all with the same published
/// password. Only ever made by `equitas demo` or `serve --demo`: a real installation
/// starts with no accounts but the administrator someone adds.
public enum DemoAccounts {
    public static let password = "equitas-demo-2026"
    public static let domain = "demo.equitas.test"

    /// (email, name, role) — the council roles belong to the demo's first council, the
    /// peer is the demo team's officer peer.
    public static let people: [(local: String, name: String, role: Role)] = [
        ("admin", "Demo Administrator", .administrator),
        ("manager", "Demo Review Manager", .reviewManager),
        ("peer", "Demo Peer", .peer),
        ("officer", "Demo Council Officer", .councilOfficer),
        ("councillor", "Demo Councillor", .councillor),
    ]

    public static func email(_ local: String) -> String { "\(local)@\(domain)" }

    /// Makes whichever of the accounts are missing; returns how many it made.
    @discardableResult
    public static func ensure(challengeId: UUID, on db: any Database, catalog: FrameworkCatalog, hasher: PasswordHasher) async throws -> Int {
        let challenge = try await ChallengeStore(db: db, catalog: catalog).get(challengeId).value
        let team = try await ChallengePartStore<TeamMember>(db: db, catalog: catalog).list(challengeId: challengeId, try PageRequest(per: 50)).items
        let peer = team.first { $0.value.role == .officerPeer } ?? team.first
        let accounts = AccountStore(db: db)
        var made = 0
        for person in people where try await accounts.find(email: email(person.local)) == nil {
            var account = Account(email: email(person.local), name: person.name, role: person.role)
            if person.role.isCouncilRole { account.organisationId = challenge.organisationIds.first }
            if person.role == .peer { account.personId = peer?.value.personId }
            _ = try await accounts.create(account, passwordHash: try hasher.hash(password, email: account.email))
            made += 1
        }
        return made
    }
}
