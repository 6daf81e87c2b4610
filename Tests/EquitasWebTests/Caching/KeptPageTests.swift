import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasTestSupport
import Foundation
import SQLKit
import Testing
import Vapor

@testable import EquitasWeb

/// Pages kept as rendered (`Request.keptPage`): answered from the cache while nothing
/// they show has changed, read again the moment something has, and never one person's
/// page (their CSRF token, their name) for another.
@Suite("Kept pages")
struct KeptPageTests {
    @Test("an overview is kept while nothing changes, and shows a follower's new dates and a new follower at once")
    func overviewFollowers() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let path = "/challenges/\(demo.challengeId.uuidString.lowercased())"
            let first = try await manager.get(path)
            #expect(first.status == .ok)
            #expect(first.text.contains("href=\"/challenges/\(demo.followUpId.uuidString.lowercased())\""))

            let misses = app.stampedCache.counts.misses
            let again = try await manager.get(path)
            #expect(again.text == first.text)
            #expect(app.stampedCache.counts.misses == misses, "an unchanged overview is answered from what was kept")

            // The follower's own change moves its revision, not the earlier challenge's.
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("""
                UPDATE challenges SET start_date = '2030-03-04', end_date = '2030-03-06' WHERE id = \(bind: demo.followUpId)
                """).run()
            let moved = try await manager.get(path)
            #expect(moved.text.contains("The challenge of 4 to 6 March 2030"))

            var next = try ChallengeDocument.decode(try DemoData.followUpDocument())
            next.organisations = try ChallengeDocument.decode(try DemoData.challengeDocument()).organisations
            next.follows = demo.challengeId
            let added = try await ChallengeInterchange(db: app.db, catalog: shippedCatalog).importDocument(next)
            let withNew = try await manager.get(path)
            #expect(withNew.text.contains("href=\"/challenges/\(added.uuidString.lowercased())\""))
        }
    }

    @Test("each session has its own kept page: its own CSRF token and name")
    func perSession() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let one = try await PageBrowser.signedIn(app, as: .reviewManager)
            let two = try await PageBrowser.signedIn(app, as: .reviewManager)
            for path in ["/challenges/\(demo.challengeId.uuidString.lowercased())", "/action-plans/\(demo.actionPlanId.uuidString.lowercased())"] {
                let first = try await one.get(path).text
                let second = try await two.get(path).text
                #expect(first.contains(try #require(one.csrfToken)))
                #expect(second.contains(try #require(two.csrfToken)))
                #expect(!second.contains(try #require(one.csrfToken)), "\(path) kept for one session was sent to another")
            }
        }
    }

    @Test("a plan page kept for one day's figures shows an update written after it was kept")
    func planAfterWrite() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let path = "/action-plans/\(demo.actionPlanId.uuidString.lowercased())"
            let before = try await manager.get(path).text
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE action_plans SET title = 'A title changed behind the page' WHERE id = \(bind: demo.actionPlanId)").run()
            let after = try await manager.get(path).text
            #expect(!before.contains("A title changed behind the page"))
            #expect(after.contains("A title changed behind the page"))
        }
    }
}
