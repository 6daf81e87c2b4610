import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation

/// The world's two councils with a joint challenge whose final report is issued:
/// recommendation 1 and 4 for both, 2 for the partner, 3 for the council. Plus a lead
/// officer at the council and the store.
struct PlanWorld: Sendable {
    let world: World
    let finalChallenge: UUID
    /// By number: 1 and 4 joint, 2 the partner's, 3 the council's.
    let recommendations: [Int: UUID]
    let officer: UUID

    var db: any Database { world.db }
    var plans: ActionPlanStore { ActionPlanStore(db: world.db, catalog: World.catalog) }

    static let texts = [
        1: "Publish the workforce profile.", 2: "Train managers in inclusive recruitment.",
        3: "Consult disabled residents on the local plan.", 4: "Keep the equality forum going.",
    ]

    static func make(on db: any Database) async throws -> PlanWorld {
        let world = try await World.make(on: db)
        let officer = try await PersonStore(db: db).create(Person(name: "Rachel Barker", organisationId: world.council)).id
        let numbers: [(Int, String?, UUID?)] = [
            (3, "communities", world.council), (1, "workforce", nil), (4, nil, nil), (2, "workforce", world.partner),
        ]
        let recommendations = numbers.map { number, module, council in
            Identified(id: UUID(), value: Recommendation(number: number, module: module, text: texts[number]!, organisationId: council))
        }
        let challenge = try await world.insertChallenge(
            for: [world.council, world.partner], status: .final, recommendations: recommendations)
        return PlanWorld(
            world: world, finalChallenge: challenge,
            recommendations: Dictionary(uniqueKeysWithValues: recommendations.map { ($0.value.number, $0.id) }), officer: officer)
    }

    func rowCounts() async throws -> [String: Int] { try await world.rowCounts() }

    /// The council's plan for the final challenge: items 1, 3 and 4.
    func councilPlan() async throws -> ActionPlanRecord {
        try await plans.createFromChallenge(finalChallenge, organisationId: world.council)
    }
}

extension World {
    /// A challenge stored whole at any status, as an import would store it.
    func insertChallenge(
        for councils: [UUID], status: ChallengeStatus, recommendations: [Identified<Recommendation>]
    ) async throws -> UUID {
        var organisations: [Identified<Organisation>] = []
        for id in councils { organisations.append(try await OrganisationStore(db: db).get(id)) }
        let challenge = Challenge(
            organisationIds: councils, frameworkId: "test-levels",
            modules: [ModuleScope(id: "communities", level: "achieving"), ModuleScope(id: "workforce", level: "achieving")],
            start: date("2024-03-12"), end: date("2024-03-14"), status: status)
        let record = ChallengeRecord(
            challenge: Identified(id: UUID(), value: challenge), organisations: organisations, people: [],
            recommendations: recommendations)
        return try await challenges.insert(record: record)
    }
}

/// Runs `body` with a fresh database and the plan world in it.
func withPlanWorld(_ body: (PlanWorld) async throws -> Void) async throws {
    try await TestDatabase.withDatabase { db in
        try await body(try await PlanWorld.make(on: db))
    }
}
