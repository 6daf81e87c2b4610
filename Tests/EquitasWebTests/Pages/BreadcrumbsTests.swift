import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("One breadcrumb trail")
struct BreadcrumbsTests {
    static func trail(_ page: APIClient.Reply) throws -> [String] {
        let root = try PageCheck.structure(page.text)
        let nav = root.all("nav").first { $0.attributes["aria-label"] == "Breadcrumb" }
        let current = nav?.all("li").last?.attributes["aria-current"]
        #expect(current == "page", "the page itself is the last step, marked as current")
        return nav?.all("li").map(\.allText) ?? []
    }

    @Test("every page of a challenge starts Challenges › Challenge of …, whoever built it")
    func challengePages() async throws {
        try await withTestApp { app in
            let world = try await PeerWorkWorld.make(app, status: .onSite)
            let name = try #require(try await world.api.send(.GET, "/api/v1/organisations/\(world.councils[0])").decode(Identified<Organisation>.self)).value.name
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: world.councils[0])
            let peer = try await PageBrowser.signedIn(app, as: .peer, personId: world.peer)
            let pages: [(PageBrowser, String, [String])] = [
                (officer, "/evidence", ["Evidence"]), (officer, "/self-assessment", ["Self-assessment"]),
                (officer, "/self-assessment/readiness", ["Self-assessment", "Readiness"]), (peer, "/findings", ["Findings"]),
                (peer, "/changes", ["History of changes"]),
            ]
            for (browser, path, below) in pages {
                let page = try await browser.get(world.path + path)
                #expect(page.status == .ok, "\(path)")
                #expect(try Self.trail(page) == ["Challenges", "Challenge of \(name)"] + below, "\(path)")
            }
        }
    }

    @Test("the home page leads to the library")
    func homeLinksLibrary() async throws {
        try await withTestApp { app in
            let page = try await PageBrowser(app: app).get("/")
            let root = try PageCheck.structure(page.text)
            #expect(root.all("main").first?.all("a").contains { $0.attributes["href"] == "/library" } == true)
        }
    }

    @Test("a file's type in words, not as a media type")
    func fileTypes() {
        #expect(MediaTypeWords.words("application/pdf") == "PDF")
        #expect(MediaTypeWords.words("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") == "Excel spreadsheet")
        #expect(MediaTypeWords.words("text/csv; charset=utf-8") == "CSV file")
        #expect(MediaTypeWords.words("application/x-unknown") == "application/x-unknown")
        for type in MediaSniffer.zipDocumentTypes.values { #expect(MediaTypeWords.names[type] != nil, "\(type)") }
    }
}
