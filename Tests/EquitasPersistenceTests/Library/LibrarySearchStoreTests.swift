import EquitasCore
@testable import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing

/// The world's own challenge (planning, 2024, both councils) and a published one from
/// 2019 with the borough council alone, each with findings about monitoring.
private struct Library {
    let world: World
    let strength: UUID
    let areaForConsideration: UUID
    let networkPractice: UUID
    let recommendation: UUID
    let published: UUID
    let publishedFinding: UUID

    static func make(_ world: World) async throws -> Library {
        let findings = world.parts(Finding.self)
        let strength = try await findings.create(
            challengeId: world.challenge,
            Finding(module: "communities", kind: .strength, text: "Sexual orientation monitoring of the workforce has improved since 2019.")).id
        let consideration = try await findings.create(
            challengeId: world.challenge,
            Finding(module: "communities", kind: .areaForConsideration, text: "Monitoring of service users by sexual orientation is patchy.",
                    organisationId: world.partner)).id
        let network = try await findings.create(
            challengeId: world.challenge,
            Finding(module: "workforce", kind: .goodPractice, text: "A staff network for disabled employees shapes recruitment.")).id
        let recommendation = try await world.parts(Recommendation.self).create(
            challengeId: world.challenge, Recommendation(number: 1, module: "communities", text: "Extend sexual orientation monitoring to housing services.")).id
        var older = Challenge.sample(for: [world.partner])
        older.start = CalendarDate("2019-06-04")
        older.end = CalendarDate("2019-06-06")
        older.modules = [ModuleScope(id: "communities", level: "excellent")]
        let published = try await world.challenges.create(older).id
        let publishedFinding = try await findings.create(
            challengeId: published, Finding(module: "communities", kind: .goodPractice, text: "Monitoring sexual orientation in housing allocations is exemplary.")).id
        // Straight to published, as an imported past report is; the lifecycle's steps are not the point here.
        let sql = try #require(world.db as? any SQLDatabase)
        try await sql.raw("UPDATE challenges SET status = 'published' WHERE id = \(bind: published)").run()
        return Library(
            world: world, strength: strength, areaForConsideration: consideration, networkPractice: network,
            recommendation: recommendation, published: published, publishedFinding: publishedFinding)
    }

    var store: LibrarySearchStore { LibrarySearchStore(db: world.db) }

    func ids(
        _ text: String, _ filter: LibrarySearchFilter = LibrarySearchFilter(), visibility: LibraryVisibility = .everything
    ) async throws -> Set<UUID> {
        Set(try await store.search(try LibraryQuery.parse(text), filter: filter, visibility: visibility, page: try PageRequest()).hits.map(\.id))
    }
}

private func withLibrary(_ body: (Library) async throws -> Void) async throws {
    try await withWorld { world in try await body(try await Library.make(world)) }
}

@Suite("Searching the good-practice library")
struct LibrarySearchStoreTests {
    @Test("every word must match, stemmed, across findings and recommendations, with the matches marked")
    func words() async throws {
        try await withLibrary { library async throws in
            #expect(try await library.ids("sexual orientation monitoring")
                == [library.strength, library.areaForConsideration, library.recommendation, library.publishedFinding])
            #expect(try await library.ids("monitored disabled").isEmpty)
            #expect(try await library.ids("disabled networks") == [library.networkPractice])
            let results = try await library.store.search(
                try LibraryQuery.parse("orientation housing"), visibility: .everything, page: try PageRequest())
            #expect(results.total == 2)
            let recommendation = try #require(results.hits.first { $0.id == library.recommendation })
            #expect(recommendation.kind == .recommendation)
            #expect(recommendation.number == 1)
            #expect(recommendation.highlighted.plainText == recommendation.text)
            #expect(recommendation.highlighted.matchedText.map { $0.lowercased() }.sorted() == ["housing", "orientation"])
        }
    }

    @Test("a quoted phrase must appear in order")
    func phrase() async throws {
        try await withLibrary { library async throws in
            #expect(try await library.ids("\"service users\"") == [library.areaForConsideration])
            #expect(try await library.ids("\"users service\"").isEmpty)
        }
    }

    @Test("the public finds published challenges only; others also the challenges they may open")
    func visibility() async throws {
        try await withLibrary { library async throws in
            #expect(try await library.ids("orientation", visibility: .published(and: [])) == [library.publishedFinding])
            #expect(try await library.ids("orientation", visibility: .published(and: [library.world.challenge])).count == 4)
            #expect(try await library.ids("orientation", visibility: .published(and: [UUID()])) == [library.publishedFinding])
        }
    }

    @Test("filters by kind, module, year, level, council type and framework")
    func filters() async throws {
        try await withLibrary { library async throws in
            #expect(try await library.ids("orientation", LibrarySearchFilter(kind: .recommendation)) == [library.recommendation])
            #expect(try await library.ids("orientation", LibrarySearchFilter(kind: .goodPractice)) == [library.publishedFinding])
            #expect(try await library.ids("staff", LibrarySearchFilter(module: "communities")).isEmpty)
            #expect(try await library.ids("staff", LibrarySearchFilter(module: "workforce")) == [library.networkPractice])
            #expect(try await library.ids("orientation", LibrarySearchFilter(year: 2019)) == [library.publishedFinding])
            #expect(try await library.ids("orientation", LibrarySearchFilter(year: 2024)).count == 3)
            #expect(try await library.ids("orientation", LibrarySearchFilter(level: "excellent")) == [library.publishedFinding])
            #expect(try await library.ids("staff", LibrarySearchFilter(level: "developing")) == [library.networkPractice])
            #expect(try await library.ids("staff", LibrarySearchFilter(level: "achieving")).isEmpty)
            #expect(try await library.ids("orientation", LibrarySearchFilter(organisationType: "district-council")).count == 3)
            #expect(try await library.ids("orientation", LibrarySearchFilter(organisationType: "borough-council")).count == 4)
            #expect(try await library.ids("orientation", LibrarySearchFilter(framework: "eflg-2021")).isEmpty)
        }
    }

    @Test("pages, with the total")
    func paging() async throws {
        try await withLibrary { library async throws in
            let query = try LibraryQuery.parse("orientation")
            let first = try await library.store.search(query, visibility: .everything, page: try PageRequest(page: 1, per: 3))
            let second = try await library.store.search(query, visibility: .everything, page: try PageRequest(page: 2, per: 3))
            #expect(first.total == 4)
            #expect(!first.totalIsAtLeast)
            #expect(first.hits.count == 3)
            #expect(second.hits.count == 1)
            #expect(Set(first.hits.map(\.id) + second.hits.map(\.id)).count == 4)
            let summary = try #require(second.hits.first?.challenge ?? first.hits.first?.challenge)
            #expect(!summary.organisations.isEmpty)
        }
    }

    @Test("the index follows every edit, deletion and cascade")
    func followsEdits() async throws {
        try await withLibrary { library async throws in
            let world = library.world
            try await world.parts(Finding.self).update(
                challengeId: world.challenge, id: library.networkPractice,
                Finding(module: "workforce", kind: .strength, text: "Apprenticeships reach care leavers."))
            #expect(try await library.ids("disabled network").isEmpty)
            let found = try await library.store.search(try LibraryQuery.parse("apprenticeship"), visibility: .everything, page: try PageRequest())
            #expect(found.hits.map(\.id) == [library.networkPractice])
            #expect(found.hits.first?.kind == .strength)
            try await world.parts(Recommendation.self).delete(challengeId: world.challenge, id: library.recommendation)
            #expect(try await library.ids("housing") == [library.publishedFinding])
            try await world.challenges.delete(library.published)
            #expect(try await library.ids("orientation") == [library.strength, library.areaForConsideration])
            let sql = try #require(world.db as? any SQLDatabase)
            let left = try await sql.raw("SELECT count(*) AS n FROM library_search_entries").first()?.decode(column: "n", as: Int.self)
            #expect(left == 3)
        }
    }

    @Test("similar practice comes from other challenges, and only visible ones")
    func similar() async throws {
        try await withLibrary { library async throws in
            let found = try #require(try await library.store.similar(to: library.recommendation, visibility: .everything))
            #expect(found.origin.id == library.recommendation)
            #expect(found.similar.map(\.id) == [library.publishedFinding])
            #expect(try await library.store.similar(to: library.strength, visibility: .published(and: [])) == nil)
            #expect(try await library.store.similar(to: UUID(), visibility: .everything) == nil)
            let fromPublished = try #require(try await library.store.similar(to: library.publishedFinding, visibility: .published(and: [])))
            #expect(fromPublished.similar.isEmpty)
        }
    }

    @Test("findings written before the index existed are indexed by the migrations, filters and all")
    func backfill() async throws {
        try await withLibrary { library async throws in
            let index = M0035_CreateLibrarySearch(), filters = M0042_IndexLibraryFilters()
            try await filters.revert(on: library.world.db)
            #expect(try await library.ids("sexual orientation monitoring").count == 4)
            try await index.revert(on: library.world.db)
            try await index.prepare(on: library.world.db)
            try await filters.prepare(on: library.world.db)
            #expect(try await library.ids("sexual orientation monitoring").count == 4)
            #expect(try await library.ids("orientation", LibrarySearchFilter(level: "excellent", year: 2019)) == [library.publishedFinding])
            #expect(try await library.ids("orientation", visibility: .published(and: [])) == [library.publishedFinding])
        }
    }

    @Test("the filters follow the challenge, its modules and its councils as they change")
    func filtersFollowTheirSources() async throws {
        try await withLibrary { library async throws in
            let sql = try #require(library.world.db as? any SQLDatabase)
            let published = library.published
            try await sql.raw("UPDATE challenges SET status = 'drafting', start_date = '2018-05-01' WHERE id = \(bind: published)").run()
            #expect(try await library.ids("orientation", visibility: .published(and: [])).isEmpty)
            #expect(try await library.ids("orientation", visibility: .published(and: [published])) == [library.publishedFinding])
            #expect(try await library.ids("orientation", LibrarySearchFilter(year: 2019)).isEmpty)
            #expect(try await library.ids("orientation", LibrarySearchFilter(year: 2018)) == [library.publishedFinding])
            try await sql.raw("UPDATE challenge_modules SET level = 'achieving' WHERE challenge_id = \(bind: published)").run()
            #expect(try await library.ids("orientation", LibrarySearchFilter(level: "excellent")).isEmpty)
            #expect(try await library.ids("orientation", LibrarySearchFilter(level: "achieving")).contains(library.publishedFinding))
            try await sql.raw("DELETE FROM challenge_modules WHERE challenge_id = \(bind: published)").run()
            #expect(try await library.ids("orientation", LibrarySearchFilter(level: "achieving")).contains(library.publishedFinding) == false)
            try await sql.raw("UPDATE organisations SET type = 'county-council' WHERE id = \(bind: library.world.partner)").run()
            #expect(try await library.ids("orientation", LibrarySearchFilter(organisationType: "county-council")).count == 4)
            #expect(try await library.ids("orientation", LibrarySearchFilter(organisationType: "borough-council")).isEmpty)
            try await sql.raw("DELETE FROM challenge_organisations WHERE challenge_id = \(bind: published)").run()
            #expect(try await library.ids("orientation", LibrarySearchFilter(organisationType: "county-council")).count == 3)
            // A query's words never match the filters' own tokens.
            #expect(try await library.ids("zs7075626c6973686564").isEmpty)
        }
    }

    @Test("a page past the end still says how many there are")
    func pastTheEnd() async throws {
        try await withLibrary { library async throws in
            let results = try await library.store.search(
                try LibraryQuery.parse("orientation"), visibility: .everything, page: try PageRequest(page: 5, per: 3))
            #expect(results.hits.isEmpty)
            #expect(results.total == 4)
        }
    }
}
