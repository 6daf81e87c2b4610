import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor
import VaporTesting

/// A file past the evidence limit brings the form back with what was typed beside it
/// and a message naming the field and the limit, whether the body arrives whole (in
/// memory) or in pieces over a connection, however far past the limit it is (issue 17).
@Suite("Evidence upload: a file too large keeps the typed fields")
struct EvidenceTooLargeFormTests {
    static let title = "Workforce profile 2025 — typed with care"
    static let link = "https://example.org/workforce-profile"

    static func body(boundary: String, csrf: String, fileBytes: Int) -> ByteBuffer {
        var body = ByteBuffer()
        for (name, value) in [("csrf_token", csrf), ("title", title), ("kind", "data"), ("url", link)] {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"profile.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
        body.writeBytes(Data("%PDF-1.7\n".utf8) + Data(repeating: 0x20, count: fileBytes))
        body.writeString("\r\n--\(boundary)--\r\n")
        return body
    }

    static func expectFormKept(_ text: String, limit: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let root = try PageCheck.structure(text)
        let inputs = root.all("input")
        #expect(inputs.contains { $0.attributes["name"] == "title" && $0.attributes["value"] == title }, sourceLocation: sourceLocation)
        #expect(inputs.contains { $0.attributes["name"] == "url" && $0.attributes["value"] == link }, sourceLocation: sourceLocation)
        #expect(text.contains("The selected file must be smaller than \(limit)"), sourceLocation: sourceLocation)
        #expect(root.all("a").contains { $0.attributes["href"] == "#field-file" }, "the error summary links to the file field", sourceLocation: sourceLocation)
    }

    @Test("in memory: a file well past the limit and its allowance")
    func inMemory() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let big = Data(repeating: 0x41, count: app.equitas.evidenceLimit * 3)
            let reply = try await officer.postMultipart(
                world.base + "/evidence", fields: [("title", Self.title), ("kind", "data"), ("url", Self.link)],
                file: ("file", "huge.pdf", "application/pdf", Data("%PDF-1.7\n".utf8) + big))
            #expect(reply.status == .payloadTooLarge)
            try Self.expectFormKept(reply.text, limit: "1 MB")
            #expect(try await world.evidence().isEmpty)
        }
    }

    @Test("over a connection: the body streams in, the file is dropped past the limit, the form comes back")
    func streamed() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let boundary = "equitas-stream-\(UUID().uuidString)"
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            headers.replaceOrAdd(name: .cookie, value: officer.cookie ?? "")
            let body = Self.body(boundary: boundary, csrf: officer.csrfToken ?? "", fileBytes: app.equitas.evidenceLimit * 2)
            let port = Int.random(in: 20_000...40_000)
            var status: HTTPResponseStatus?
            var text = ""
            try await app.testing(method: .running(hostname: "127.0.0.1", port: port))
                .test(.POST, world.base + "/evidence", headers: headers, body: body) { response in
                    status = response.status
                    text = String(buffer: response.body)
                }
            #expect(status == .payloadTooLarge)
            try Self.expectFormKept(text, limit: "1 MB")
            #expect(try await world.evidence().isEmpty)
        }
    }
}
