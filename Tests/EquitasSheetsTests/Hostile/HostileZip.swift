import Foundation
import Testing
import ZIPFoundation

/// Packages built to hurt a reader: a part that really inflates to 200 MB from a few
/// hundred kilobytes, and a package cut off part-way.
enum HostileZip {
    static let bombBytes = 200 * 1024 * 1024

    /// `parts` as they are, and `bombPath` as `opening` followed by spaces to 200 MB,
    /// deflated as it streams out of the provider, so the 200 MB never sit in memory.
    static func bomb(at bombPath: String, opening: String, beside parts: [(path: String, text: String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let bytes = Data(part.text.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
            }
        }
        let head = Data(opening.utf8)
        let space = Data(repeating: UInt8(ascii: " "), count: 1 << 20)
        try archive.addEntry(
            with: bombPath, type: .file, uncompressedSize: Int64(bombBytes), compressionMethod: .deflate, bufferSize: 1 << 20
        ) { position, size in
            var chunk = Data()
            var at = Int(position)
            while chunk.count < size {
                if at < head.count {
                    let piece = head.subdata(in: at..<min(head.count, at + size - chunk.count))
                    chunk.append(piece)
                    at += piece.count
                } else {
                    let piece = min(size - chunk.count, space.count)
                    chunk.append(space.prefix(piece))
                    at += piece
                }
            }
            return chunk
        }
        return try #require(archive.data)
    }

    /// The first half of a package: what an interrupted upload leaves.
    static func truncated(_ data: Data) -> Data {
        data.prefix(data.count / 2)
    }
}
