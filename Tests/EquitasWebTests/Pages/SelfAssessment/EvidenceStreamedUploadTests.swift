import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Evidence upload through a running server")
struct EvidenceStreamedUploadTests {
    /// Over a real connection a body this size arrives in pieces, so the CSRF check must
    /// gather it before reading the token (in memory it always arrives whole).
    @Test("a file large enough to be streamed is accepted with its token")
    func streamed() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let pdf = Data("%PDF-1.7\n".utf8) + Data(repeating: 0x20, count: 300 * 1024)
            let boundary = "equitas-stream-\(UUID().uuidString)"
            var body = ByteBuffer()
            for (name, value) in [("csrf_token", officer.csrfToken ?? ""), ("title", "Workforce data")] {
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
            }
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            body.writeBytes(pdf)
            body.writeString("\r\n--\(boundary)--\r\n")
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            headers.replaceOrAdd(name: .cookie, value: officer.cookie ?? "")
            let port = Int.random(in: 20_000...40_000)
            var status: HTTPResponseStatus?
            try await app.testing(method: .running(hostname: "127.0.0.1", port: port))
                .test(.POST, world.base + "/evidence", headers: headers, body: body) { response in status = response.status }
            // The live client follows the 303 to the list, so the list's 200 arrives here.
            #expect(status == .ok)
            #expect(try await world.evidence().first?.value.file?.size == pdf.count)
        }
    }
}
