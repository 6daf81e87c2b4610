import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// The demo (published with its final report) plus three more copies of it: one taken
/// through draft and final report to publication under councils whose names are
/// hostile markup, one published with no version issued (as an older challenge
/// recorded after the event may be), and one left in drafting that the public must
/// never see.
struct PublicWorld {
    static let hostileName = #"<script>alert(1)</script> & "quotes""#
    static let secretName = "Secretdale Borough Council"

    let demo: UUID
    let finalised: UUID
    let drafting: UUID
    /// Only when asked for, since it adds a row to every listing.
    let unversioned: UUID?

    static func make(_ app: Application, withUnversioned: Bool = false) async throws -> PublicWorld {
        let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog).challengeId
        let finalised = try await importDemo(app, names: [hostileName, "Northfell District Council"], status: "drafting")
        let versions = ReportVersionStore(db: app.db, catalog: shippedCatalog)
        let day = try #require(CalendarDate("2025-06-01"))
        _ = try await versions.issueDraft(challengeId: finalised, issuedBy: "Review Manager", on: day)
        _ = try await versions.issueFinal(challengeId: finalised, issuedBy: "Review Manager", on: day)
        _ = try await ChallengeStore(db: app.db, catalog: shippedCatalog).transition(finalised, to: .published)
        let drafting = try await importDemo(app, names: [secretName], status: "drafting")
        let unversioned = withUnversioned
            ? try await importDemo(app, names: ["Oldfield District Council", "Eastmere Borough Council"], status: "published") : nil
        return PublicWorld(demo: demo, finalised: finalised, drafting: drafting, unversioned: unversioned)
    }

    /// The shipped demo document under other council names and another status.
    private static func importDemo(_ app: Application, names: [String], status: String) async throws -> UUID {
        var json = try #require(try JSONSerialization.jsonObject(with: DemoData.challengeDocument()) as? [String: Any])
        let organisations = try #require(json["organisations"] as? [[String: Any]])
        let renamed = try renames(organisations, to: names)
        json["organisations"] = renamed.organisations
        json["status"] = status
        var data = try JSONSerialization.data(withJSONObject: json)
        // Findings and team members name their council; point them at the new names.
        var text = try #require(String(data: data, encoding: .utf8))
        for (old, new) in renamed.map {
            text = text.replacingOccurrences(of: jsonString(old), with: jsonString(new))
        }
        data = Data(text.utf8)
        return try await ChallengeInterchange(db: app.db, catalog: shippedCatalog).importDocument(data)
    }

    private static func renames(
        _ organisations: [[String: Any]], to names: [String]
    ) throws -> (organisations: [[String: Any]], map: [(String, String)]) {
        var result: [[String: Any]] = []
        var map: [(String, String)] = []
        for (index, var organisation) in organisations.enumerated() {
            let old = try #require(organisation["name"] as? String)
            let new = index < names.count ? names[index] : "\(names[0]) partner \(index)"
            organisation["name"] = new
            organisation.removeValue(forKey: "ons_code")
            result.append(organisation)
            map.append((old, new))
        }
        return (result, map)
    }

    /// A string as it appears inside JSON, quotes included, so replacing it touches
    /// only whole names.
    private static func jsonString(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed])
        let array = String(data: data ?? Data(), encoding: .utf8) ?? ""
        return String(array.dropFirst().dropLast())
    }
}
