import NIOCore

/// Splits what arrives on an SMTP connection into lines (without their CRLF), refusing
/// a line longer than `limit` bytes so a misbehaving peer cannot grow a buffer for ever.
public struct SMTPLineDecoder: ByteToMessageDecoder {
    public typealias InboundOut = String
    let limit: Int

    public init(limit: Int = 4096) { self.limit = limit }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > limit { throw SMTPError("a line of more than \(limit) bytes") }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex + 1
        guard length <= limit + 2, var line = buffer.readString(length: length) else { throw SMTPError("a line of more than \(limit) bytes") }
        line.removeLast()
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }
}

public struct SMTPError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
