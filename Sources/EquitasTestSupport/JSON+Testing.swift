import EquitasCore
import Foundation
import NIOCore

/// Request bodies and response decoding in the project's JSON dialect.
public enum TestJSON {
    public static func body<T: Encodable>(_ value: T) throws -> ByteBuffer {
        ByteBuffer(data: try JSONCoding.encoder().encode(value))
    }

    public static func body(_ text: String) -> ByteBuffer {
        ByteBuffer(string: text)
    }

    public static func decode<T: Decodable>(_ type: T.Type, _ buffer: ByteBuffer) throws -> T {
        try JSONCoding.decoder().decode(type, from: Data(buffer: buffer))
    }
}
