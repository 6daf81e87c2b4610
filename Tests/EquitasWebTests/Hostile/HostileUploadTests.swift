import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

/// Bodies schemathesis found (scripts/api-fuzz.sh) that the API answered with a 500.
@Suite("Hostile request bodies")
struct HostileUploadTests {
    @Test("a multipart staff list upload with no parts at all is 422 naming the file field, and stores nothing")
    func emptyMultipart() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let before = try await TestDatabase.rowCounts(on: app.db)
            let boundary = "c637e12e2b1a998d80d1b087531af51c"
            let reply = try await api.send(
                .POST, "/api/v1/organisations/\(council)/workforce/snapshots", body: ByteBuffer(string: "--\(boundary)--\r\n"),
                contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
            #expect(reply.status == .unprocessableEntity, "\(reply.text)")
            #expect(reply.text.contains("\"path\" : \"file\"") || reply.text.contains("\"path\":\"file\""), "\(reply.text)")
            #expect(try await TestDatabase.rowCounts(on: app.db) == before)
        }
    }
}
