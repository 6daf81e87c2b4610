import Foundation
import Vapor
import VaporTesting

/// A multipart post over a real connection, where a large body arrives in pieces (in
/// memory it always arrives whole). The server listens on a port the system picks
/// (port 0): a port picked at random can be one another test, or a connection of this
/// machine, already holds.
struct LiveUpload {
    var boundary = "equitas-live-\(UUID().uuidString)"
    private var body = ByteBuffer()

    mutating func field(_ name: String, _ value: String) {
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
    }

    mutating func file(_ name: String, filename: String, contentType: String, _ data: Data) {
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: \(contentType)\r\n\r\n")
        body.writeBytes(data)
        body.writeString("\r\n")
    }

    /// Posts the parts as written, closed by the final delimiter. The live client
    /// follows a redirect, so a 303 arrives as the page it leads to.
    func post(_ app: Application, _ path: String, cookie: String?) async throws -> (status: HTTPResponseStatus, text: String) {
        var whole = body
        whole.writeString("--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        headers.replaceOrAdd(name: .cookie, value: cookie ?? "")
        var reply: (HTTPResponseStatus, String)?
        try await app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            .test(.POST, path, headers: headers, body: whole) { response in reply = (response.status, String(buffer: response.body)) }
        guard let reply else { throw Abort(.internalServerError, reason: "no reply") }
        return reply
    }
}
