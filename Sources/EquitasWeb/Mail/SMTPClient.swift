import Foundation
import NIOCore
import NIOPosix

/// A small SMTP client (RFC 5321) of our own on SwiftNIO: one connection, EHLO, then
/// for each message MAIL FROM, RCPT TO and DATA, then QUIT. No TLS: it is for a relay on
/// the same machine or network (Postfix, a smarthost); for a remote relay that needs
/// TLS and a password, point Equitas at the `sendmail` interface of msmtp instead.
/// AUTH PLAIN is offered only to a relay on the loopback address, where the password
/// never crosses a network.
public struct SMTPClient: Sendable {
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    /// The name given in EHLO.
    public var clientName: String
    public var timeout: TimeAmount

    public init(host: String, port: Int = 25, username: String? = nil, password: String? = nil, clientName: String = "equitas", timeout: TimeAmount = .seconds(30)) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.clientName = clientName
        self.timeout = timeout
    }

    public func send(_ messages: [MailMessage]) async throws {
        guard !messages.isEmpty else { return }
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(lines: inbound.makeAsyncIterator(), outbound: outbound)
            try await session.expect(220)
            try await session.command("EHLO \(clientName)", expect: 250)
            if let username, let password {
                guard ["127.0.0.1", "::1", "localhost"].contains(host) else {
                    throw SMTPError("AUTH without TLS is refused to \(host): use a relay on this machine or msmtp through EQUITAS_SENDMAIL")
                }
                let token = Data("\u{0}\(username)\u{0}\(password)".utf8).base64EncodedString()
                try await session.command("AUTH PLAIN \(token)", expect: 235)
            }
            for message in messages {
                try await session.command("MAIL FROM:<\(message.from.address)>", expect: 250)
                try await session.command("RCPT TO:<\(message.to.address)>", expect: 250, 251)
                try await session.command("DATA", expect: 354)
                try await session.data(message.rendered)
            }
            try await session.command("QUIT", expect: 221)
        }
    }
}

/// One conversation: send a line, read the reply (which may span lines: "250-…" then
/// "250 …"), check its code.
struct SMTPSession {
    var lines: NIOAsyncChannelInboundStream<String>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    mutating func command(_ line: String, expect codes: Int...) async throws {
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
        try await expect(codes, after: line.hasPrefix("AUTH") ? "AUTH PLAIN" : line)
    }

    mutating func expect(_ codes: Int...) async throws { try await expect(codes, after: "connecting") }

    private mutating func expect(_ codes: [Int], after what: String) async throws {
        var reply: [String] = []
        while true {
            guard let line = try await lines.next() else { throw SMTPError("the server closed the connection after \(what)") }
            reply.append(line)
            guard line.count >= 4, line[line.index(line.startIndex, offsetBy: 3)] == "-" else { break }
        }
        let last = reply.last ?? ""
        guard let code = Int(last.prefix(3)), codes.contains(code) else {
            throw SMTPError("after \(what) the server answered: \(reply.joined(separator: " / "))")
        }
    }

    /// The message, each line starting with "." doubled (RFC 5321 §4.5.2), then ".".
    mutating func data(_ rendered: String) async throws {
        let stuffed = rendered.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast(rendered.hasSuffix("\r\n") ? 1 : 0)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
            .joined(separator: "\r\n")
        try await outbound.write(ByteBuffer(string: stuffed + "\r\n.\r\n"))
        try await expect([250], after: "the message")
    }
}
