import Foundation
import NIOCore
import Vapor

/// A multipart post over a real connection, where a large body arrives in pieces (in
/// memory it always arrives whole).
///
/// Not VaporTesting's running tester: its client gives a request 30 seconds in all,
/// following redirects. Under the whole suite, two cores run dozens of tests at once and
/// a request (with the list page its redirect leads to) can wait longer than that for a
/// thread; the tester then stopped the server and the test shut its app down while the
/// request was still to be served — the "deadline, then a request served after its app
/// shut down" seen before. Here the deadline is generous (a body never read would still
/// fail the test), a redirect is returned as it is, and the server is shut down only
/// after the whole answer has arrived. The server listens on a port the system picks:
/// a port picked at random can be one another test, or a connection of this machine,
/// already holds.
struct LiveUpload {
    static let deadline = TimeAmount.minutes(3)

    var boundary = "equitas-live-\(UUID().uuidString)"
    private var body = ByteBuffer()

    struct Reply {
        let status: HTTPResponseStatus
        let text: String
        let location: String?
    }

    /// The evidence form as a browser sends it: the token, the title, then a PDF.
    static func evidence(csrf: String?, title: String, pdf: Data) -> LiveUpload {
        var upload = LiveUpload()
        upload.field("csrf_token", csrf ?? "")
        upload.field("title", title)
        upload.file("file", filename: "evidence.pdf", contentType: "application/pdf", pdf)
        return upload
    }

    mutating func field(_ name: String, _ value: String) {
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
    }

    mutating func file(_ name: String, filename: String, contentType: String, _ data: Data) {
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: \(contentType)\r\n\r\n")
        body.writeBytes(data)
        body.writeString("\r\n")
    }

    /// Posts the parts as written, closed by the final delimiter.
    func post(_ app: Application, _ path: String, cookie: String?) async throws -> Reply {
        var whole = body
        whole.writeString("--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        headers.replaceOrAdd(name: .cookie, value: cookie ?? "")
        return try await Self.send(app, .POST, path, headers: headers, body: whole)
    }

    /// Sends one request over a real connection to the app, started for it and shut down
    /// once the whole answer has arrived.
    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer) async throws -> Reply {
        try await serving(app) { send in try await send(method, path, headers, body) }
    }

    typealias Send = (HTTPMethod, String, HTTPHeaders, ByteBuffer) async throws -> Reply

    /// Starts the app's server, lets `requests` send what it will over real connections,
    /// and shuts the server down once every answer has arrived.
    static func serving<T>(_ app: Application, _ requests: (Send) async throws -> T) async throws -> T {
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: .init(redirectConfiguration: .disallow))
        do {
            guard let port = app.http.server.shared.localAddress?.port else { throw Abort(.internalServerError, reason: "the server has no port") }
            let result = try await requests { method, path, headers, body in
                let request = try HTTPClient.Request(url: "http://127.0.0.1:\(port)\(path)", method: method, headers: headers, body: .byteBuffer(body))
                let response = try await client.execute(request: request, deadline: .now() + Self.deadline).get()
                return Reply(status: response.status, text: response.body.map { String(buffer: $0) } ?? "", location: response.headers.first(name: .location))
            }
            try await client.shutdown()
            await app.server.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            await app.server.shutdown()
            throw error
        }
    }
}
