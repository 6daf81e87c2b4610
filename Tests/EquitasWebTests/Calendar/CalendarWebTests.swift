import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The equality duty calendar: page, download and personal feed")
struct CalendarWebTests {
    static func uids(_ text: String) -> [String] {
        text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }

    @Test("a council's people see its calendar; the feed address serves the same to a subscriber until it is revoked")
    func calendarAndFeed() async throws {
        try await withTestApp { app in
            let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
            let council = try await ChallengeStore(db: app.db, catalog: shippedCatalog).get(demo.challengeId).value.organisationIds[0]
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let base = "/organisations/\(council.uuidString.lowercased())/calendar"

            let page = try await officer.get(base)
            #expect(page.status == .ok)
            #expect(page.text.contains("Equality duty calendar") && page.text.contains("Gender pay gap"))
            let download = try await officer.get(base + "/ics")
            #expect(download.status == .ok && download.headers.contentType?.subType == "calendar")
            #expect(download.text.hasPrefix("BEGIN:VCALENDAR\r\n") && !Self.uids(download.text).isEmpty)

            let made = try await officer.post("/account/calendar", form: [("action", "new")])
            #expect(made.status == .ok)
            let address = try #require(made.text.range(of: #"/calendar-feeds/[A-Za-z0-9_-]{43}"#, options: .regularExpression).map { String(made.text[$0]) })
            let subscriber = PageBrowser(app: app)
            let feed = try await subscriber.get(address)
            #expect(feed.status == .ok && feed.headers.contentType?.subType == "calendar")
            #expect(Self.uids(feed.text) == Self.uids(download.text), "the feed serves what the page offers")

            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: try await PersonStore(db: app.db).create(Person(name: "A Peer")).id)
            #expect(try await peer.get(base).status == .notFound, "not a peer's")
            #expect(try await subscriber.get(base).status == .seeOther, "sign in first")

            _ = try await officer.post("/account/calendar", form: [("action", "revoke")])
            #expect(try await subscriber.get(address).status == .notFound, "revoked at once")
            #expect(try await subscriber.get("/calendar-feeds/" + String(repeating: "a", count: 43)).status == .notFound)
        }
    }
}
