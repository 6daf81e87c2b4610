import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// Three challenges for the library's page and API tests: a published one from 2019
/// (a district council, with a finding whose text is markup), a published one from
/// 2023 (a borough council) and one still in drafting (a county council) that the
/// public must never find. Every one has a finding about a staff network.
struct LibraryWorld {
    static let hostileText = "Staff said <script>alert(1)</script> the network & its chair \"listen\"."

    let published2019: UUID
    let published2023: UUID
    let drafting: UUID
    /// 2019: "A staff network for disabled employees shapes recruitment."
    let disabledNetwork: UUID
    let hostile: UUID
    /// 2019, good practice about monitoring.
    let monitoring: UUID
    /// 2023: "The staff network for carers meets monthly."
    let carersNetwork: UUID
    /// Drafting: "A staff network for young people advises the cabinet."
    let youngNetwork: UUID

    static func make(_ app: Application) async throws -> LibraryWorld {
        let organisations = OrganisationStore(db: app.db)
        let district = try await organisations.create(Organisation(name: "Northfell District Council", type: .districtCouncil)).id
        let borough = try await organisations.create(Organisation(name: "Eastmere Borough Council", type: .boroughCouncil)).id
        let county = try await organisations.create(Organisation(name: "Secretdale County Council", type: .countyCouncil)).id
        // Findings first: once the final report is issued, what a challenge records is fixed.
        let published2019 = try await challenge(app, [district], year: 2019)
        let published2023 = try await challenge(app, [borough], year: 2023)
        let drafting = try await challenge(app, [county], year: 2024)
        let world = LibraryWorld(
            published2019: published2019, published2023: published2023, drafting: drafting,
            disabledNetwork: try await finding(app, published2019, .strength, "A staff network for disabled employees shapes recruitment.", module: "workforce"),
            hostile: try await finding(app, published2019, .quote, hostileText, module: "workforce"),
            monitoring: try await finding(app, published2019, .goodPractice, "Sexual orientation monitoring in housing allocations is exemplary."),
            carersNetwork: try await finding(app, published2023, .strength, "The staff network for carers meets monthly.", module: "workforce"),
            youngNetwork: try await finding(app, drafting, .strength, "A staff network for young people advises the cabinet.", module: "workforce"))
        try await advance(app, published2019, to: .published)
        try await advance(app, published2023, to: .published)
        try await advance(app, drafting, to: .drafting)
        return world
    }

    /// A new challenge, in planning.
    static func challenge(_ app: Application, _ councils: [UUID], year: Int) async throws -> UUID {
        let value = Challenge(
            organisationIds: councils, frameworkId: "eflg-2021",
            modules: [ModuleScope(id: "communities", level: "achieving"), ModuleScope(id: "workforce", level: "achieving")],
            start: CalendarDate("\(year)-05-12"), end: CalendarDate("\(year)-05-14"))
        return try await ChallengeStore(db: app.db, catalog: shippedCatalog).create(value).id
    }

    /// Along the lifecycle one step at a time, up to `status`.
    static func advance(_ app: Application, _ id: UUID, to status: ChallengeStatus) async throws {
        let store = ChallengeStore(db: app.db, catalog: shippedCatalog)
        for step in ChallengeStatus.allCases.dropFirst() where step <= status {
            _ = try await store.transition(id, to: step)
        }
    }

    @discardableResult
    static func finding(
        _ app: Application, _ challenge: UUID, _ kind: FindingKind, _ text: String, module: String = "communities"
    ) async throws -> UUID {
        try await ChallengePartStore<Finding>(db: app.db, catalog: shippedCatalog)
            .create(challengeId: challenge, Finding(module: module, kind: kind, text: text, attribution: kind == .quote ? "A staff member" : nil)).id
    }
}
