import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// `/library/import` with a 2008–09 report that concluded on the Equality Standard's
/// level and the Framework's: the preview offers both, and the saved challenge keeps both.
@Suite("Importing a 2008-09 report with the Equality Standard's level")
struct ReportImportSecondLevelTests {
    static let report = ReportImportPageTests.report.replacingOccurrences(
        of: "The council sought the Achieving level of the Equality Framework for Local Government.",
        with: """
            Marsh Vale District Council completed a satisfactory self-assessment against the criteria for level 3 of the Equality Standard.

            Marsh Vale District Council is "achieving" under the Equality Framework for Local Government.
            """)

    static func confirmForm(_ browser: PageBrowser) async throws -> PageForm {
        let preview = try await ReportImportPageTests.upload(browser, Data(report.utf8))
        #expect(preview.status == .ok, "\(preview.text)")
        return try PageForm.find(in: preview.text, action: "/library/import/confirm")
    }

    @Test("the preview offers the Standard's level 3, found satisfactory, beside Achieving; saved, the challenge keeps both")
    func kept() async throws {
        try await withTestApp { app in
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            let confirm = try await Self.confirmForm(manager)

            let saved = try await manager.submit(confirm)
            let location = try #require(saved.headers.first(name: .location))
            let id = try #require(UUID(uuidString: String(location.dropFirst("/challenges/".count).prefix(36))))
            let stored = try await ChallengeInterchange(db: app.db, catalog: shippedCatalog).export(id)

            #expect(confirm.value("level") == "achieving")
            #expect(confirm.value("second_level") == "equality-standard@2006@level-3")
            #expect(confirm.value("second_judgement") == "confirmed")
            #expect(saved.status == .seeOther, "\(saved.text)")
            #expect(stored.framework == "eflg-2011")
            #expect(stored.secondLevel == .init(framework: "equality-standard", frameworkVersion: "2006", level: "level-3", judgement: "confirmed"))
        }
    }

    @Test("a second level the catalog does not have comes back at its field, with nothing written")
    func refused() async throws {
        try await withTestApp { app in
            let manager = try await PageBrowser.signedIn(app, as: .reviewManager)
            var confirm = try await Self.confirmForm(manager)
            confirm.set("second_level", "equality-standard@2006@level-9")

            let refused = try await manager.submit(confirm)
            let root = try PageCheck.structure(refused.text)
            let summary = try #require(root.all("div").first { $0.attributes["class"] == "error-summary" })

            #expect(refused.status == .unprocessableEntity)
            #expect(summary.all("a").contains { $0.attributes["href"] == "#field-second-level" && $0.allText.contains("level-9") })
            #expect(try await ReportImportPageTests.challengeCount(app) == 0)
        }
    }
}
