import EquitasWeb
import Foundation
import NIOCore
import NIOPosix

/// A real SMTP server on the loopback address for tests: it speaks enough of RFC 5321
/// (EHLO/HELO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT) for a client to
/// deliver, and keeps every message it receives, so a test can check what arrived.
public final class SMTPReceiver: Sendable {
    public struct Received: Sendable, Equatable {
        public var from: String
        public var recipients: [String]
        /// The message as it arrived, lines joined with "\n".
        public var data: String
    }

    private actor Inbox {
        var messages: [Received] = []
        func add(_ message: Received) { messages.append(message) }
    }

    public let port: Int
    private let inbox: Inbox
    private let server: NIOAsyncChannel<NIOAsyncChannel<String, ByteBuffer>, Never>
    private let task: Task<Void, Never>

    /// Listens on 127.0.0.1 at a port the system chooses.
    public static func start() async throws -> SMTPReceiver {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder(limit: 10_000)))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return SMTPReceiver(server: server)
    }

    private init(server: NIOAsyncChannel<NIOAsyncChannel<String, ByteBuffer>, Never>) {
        let inbox = Inbox()
        self.inbox = inbox
        self.server = server
        self.port = server.channel.localAddress?.port ?? 0
        task = Task {
            try? await server.executeThenClose { connections in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in connections {
                        group.addTask { try? await Self.serve(connection, inbox: inbox) }
                    }
                }
            }
        }
    }

    public var messages: [Received] { get async { await inbox.messages } }

    public func stop() async {
        try? await server.channel.close()
        _ = await task.value
    }

    private static func serve(_ connection: NIOAsyncChannel<String, ByteBuffer>, inbox: Inbox) async throws {
        try await connection.executeThenClose { lines, outbound in
            func reply(_ text: String) async throws { try await outbound.write(ByteBuffer(string: text + "\r\n")) }
            try await reply("220 equitas-test ESMTP")
            var from: String?
            var recipients: [String] = []
            var data: [String]?
            for try await line in lines {
                if var body = data {
                    if line == "." {
                        await inbox.add(Received(from: from ?? "", recipients: recipients, data: body.joined(separator: "\n")))
                        data = nil
                        from = nil
                        recipients = []
                        try await reply("250 2.0.0 queued")
                    } else {
                        body.append(line.hasPrefix(".") ? String(line.dropFirst()) : line)
                        data = body
                    }
                    continue
                }
                let upper = line.uppercased()
                if upper.hasPrefix("EHLO") {
                    try await reply("250-equitas-test")
                    try await reply("250 8BITMIME")
                } else if upper.hasPrefix("HELO") || upper.hasPrefix("NOOP") {
                    try await reply("250 OK")
                } else if upper.hasPrefix("MAIL FROM:") {
                    from = Self.address(line)
                    try await reply("250 OK")
                } else if upper.hasPrefix("RCPT TO:") {
                    guard from != nil else { try await reply("503 MAIL first"); continue }
                    recipients.append(Self.address(line))
                    try await reply("250 OK")
                } else if upper == "DATA" {
                    guard !recipients.isEmpty else { try await reply("503 RCPT first"); continue }
                    data = []
                    try await reply("354 end with <CRLF>.<CRLF>")
                } else if upper == "RSET" {
                    from = nil
                    recipients = []
                    try await reply("250 OK")
                } else if upper == "QUIT" {
                    try await reply("221 bye")
                    return
                } else {
                    try await reply("500 unknown command")
                }
            }
        }
    }

    private static func address(_ line: String) -> String {
        guard let open = line.firstIndex(of: "<"), let close = line.lastIndex(of: ">"), open < close else { return "" }
        return String(line[line.index(after: open)..<close])
    }
}
