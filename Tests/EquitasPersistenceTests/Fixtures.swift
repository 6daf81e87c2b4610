import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation

/// What most tests start from: two councils under one challenge of the test framework,
/// a peer body, and two peers.
struct World: Sendable {
    let db: any Database
    let council: UUID
    let partner: UUID
    let peerBody: UUID
    let leadPeer: UUID
    let officerPeer: UUID
    let challenge: UUID

    static let catalog = FrameworkCatalog.testCatalog

    static func make(on db: any Database) async throws -> World {
        let organisations = OrganisationStore(db: db)
        let council = try await organisations.create(
            Organisation(name: "Wyvern Vale District Council", type: .districtCouncil, onsCode: "E07099901")
        ).id
        let partner = try await organisations.create(Organisation(name: "Calder Moor Borough Council", type: .boroughCouncil)).id
        let peerBody = try await organisations.create(Organisation(name: "Local Government Association", type: .nationalBody)).id
        let people = PersonStore(db: db)
        let leadPeer = try await people.create(Person(name: "Ann Example", organisationId: peerBody, jobTitle: "Chief executive")).id
        let officerPeer = try await people.create(Person(name: "Bo Sample", organisationId: peerBody)).id
        let challenge = try await ChallengeStore(db: db, catalog: catalog).create(.sample(for: [council, partner])).id
        return World(
            db: db, council: council, partner: partner, peerBody: peerBody, leadPeer: leadPeer, officerPeer: officerPeer,
            challenge: challenge)
    }

    var challenges: ChallengeStore { ChallengeStore(db: db, catalog: Self.catalog) }

    func parts<Part: ChallengePart>(_: Part.Type) -> ChallengePartStore<Part> {
        ChallengePartStore(db: db, catalog: Self.catalog)
    }

    func rowCounts() async throws -> [String: Int] {
        try await TestDatabase.rowCounts(on: db)
    }
}

extension Challenge {
    static func sample(for organisations: [UUID], status: ChallengeStatus = .planning) -> Challenge {
        Challenge(
            organisationIds: organisations, frameworkId: "test-levels",
            modules: [ModuleScope(id: "communities", level: "achieving"), ModuleScope(id: "workforce", level: "developing")],
            start: CalendarDate("2024-03-12"), end: CalendarDate("2024-03-14"), status: status)
    }
}

/// Runs `body` with a fresh database and the world above in it.
func withWorld(_ body: (World) async throws -> Void) async throws {
    try await TestDatabase.withDatabase { db in
        try await body(try await World.make(on: db))
    }
}

func date(_ text: String) -> CalendarDate { CalendarDate(text)! }
func time(_ text: String) -> LocalDateTime { LocalDateTime(text)! }
