import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Evidence upload through a running server")
struct EvidenceStreamedUploadTests {
    /// Over a real connection a body this size arrives in pieces, so the route must read
    /// it to its end before checking the token (in memory it always arrives whole).
    @Test("a file large enough to be streamed is accepted with its token")
    func streamed() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let pdf = Data("%PDF-1.7\n".utf8) + Data(repeating: 0x20, count: 300 * 1024)
            let upload = LiveUpload.evidence(csrf: officer.csrfToken, title: "Workforce data", pdf: pdf)
            let reply = try await upload.post(app, world.base + "/evidence", cookie: officer.cookie)
            #expect(reply.status == .seeOther, "\(reply.text)")
            #expect(reply.location == world.base + "/evidence?done=added")
            #expect(try await world.evidence().first?.value.file?.size == pdf.count)
        }
    }
}
