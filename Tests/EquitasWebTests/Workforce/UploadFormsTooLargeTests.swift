import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// The other upload forms, like the evidence form: a file over the limit brings the form
/// back (413) with what was typed kept and the limit named at the file's field, and
/// nothing is stored (issue 17).
@Suite("Upload forms: a file too large keeps the typed fields")
struct UploadFormsTooLargeTests {
    @Test("the staff list: the snapshot date stays as typed, nothing stored")
    func staffList() async throws {
        try await withTestApp { app in
            let council = try await WorkforcePageTests.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let base = "/organisations/\(council.uuidString.lowercased())/workforce"
            let big = Data(repeating: 0x41, count: app.equitas.evidenceLimit + 1)
            let reply = try await officer.postMultipart(
                base + "/snapshots", fields: [("snapshot", "2026-03-31"), ("replace", "no")], file: ("file", "staff.csv", "text/csv", big))
            #expect(reply.status == .payloadTooLarge)
            let root = try PageCheck.structure(reply.text)
            #expect(root.all("input").contains { $0.attributes["name"] == "snapshot" && $0.attributes["value"] == "2026-03-31" })
            #expect(reply.text.contains("The staff list must be smaller than 1 MB"))
            #expect(root.all("a").contains { $0.attributes["href"] == "#field-file" })
            #expect(try await WorkforceStore(db: app.db).snapshots(organisationId: council).isEmpty)
        }
    }

    @Test("the community profile: area and source stay as typed, nothing stored")
    func communityProfile() async throws {
        try await withTestApp { app in
            let council = try await WorkforcePageTests.council(app)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let path = "/organisations/\(council.uuidString.lowercased())/workforce/community-profile"
            let big = Data(repeating: 0x41, count: 5 * 1024 * 1024 + 1)
            let reply = try await officer.postMultipart(
                path, fields: [("area", "Wyvern Vale — typed"), ("source", "Census 2021, table TS021")], file: ("file", "profile.csv", "text/csv", big))
            #expect(reply.status == .payloadTooLarge)
            let root = try PageCheck.structure(reply.text)
            let inputs = root.all("input")
            #expect(inputs.contains { $0.attributes["name"] == "area" && $0.attributes["value"] == "Wyvern Vale — typed" })
            #expect(inputs.contains { $0.attributes["name"] == "source" && $0.attributes["value"] == "Census 2021, table TS021" })
            #expect(reply.text.contains("The selected file must be smaller than 5 MB"))
            #expect(try await WorkforceStore(db: app.db).communityProfile(organisationId: council) == nil)
        }
    }
}
