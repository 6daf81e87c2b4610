import Foundation
import Testing
import ZIPFoundation

/// ZIP archives made by hand for the reader tests, read back for the writer tests,
/// and patched to imitate archives that lie about their sizes.
enum TestZip {
    static func make(_ parts: [(path: String, text: String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let bytes = Data(part.text.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
            }
        }
        return try #require(archive.data)
    }

    /// Every entry's text, by path.
    static func parts(of data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    /// Rewrites the uncompressed size that the local header and the central directory
    /// give for `path`, leaving the compressed data as it was.
    static func declaring(_ size: UInt32, for path: String, in data: Data) -> Data {
        var bytes = [UInt8](data)
        // (signature, offset of the size field, offset of the name length, offset of the name)
        let records: [([UInt8], Int, Int, Int)] = [([0x50, 0x4B, 0x03, 0x04], 22, 26, 30), ([0x50, 0x4B, 0x01, 0x02], 24, 28, 46)]
        for (signature, sizeOffset, nameLengthOffset, nameOffset) in records {
            var index = 0
            while index + nameOffset < bytes.count {
                defer { index += 1 }
                guard Array(bytes[index..<index + 4]) == signature else { continue }
                let nameLength = Int(bytes[index + nameLengthOffset]) | Int(bytes[index + nameLengthOffset + 1]) << 8
                let nameStart = index + nameOffset
                guard nameStart + nameLength <= bytes.count,
                      String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self) == path else { continue }
                for byte in 0..<4 { bytes[index + sizeOffset + byte] = UInt8((size >> (8 * UInt32(byte))) & 0xFF) }
            }
        }
        return Data(bytes)
    }
}
