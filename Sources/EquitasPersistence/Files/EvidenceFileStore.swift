import Crypto
import Foundation

/// Uploaded evidence files, stored once each under their SHA-256 (`root/ab/cdef…`), so
/// the same document uploaded twice takes the space of one and a stored file can never
/// be changed under the name it was recorded with.
public struct EvidenceFileStore: Sendable {
    public let root: URL

    /// `root` is `<data>/evidence`; it is created when the first file is stored.
    public init(root: URL) {
        self.root = root
    }

    /// Stores the bytes (unless a file with the same content is there already) and
    /// returns their SHA-256 in lower-case hex. The write is atomic: a reader never sees
    /// half a file.
    public func put(_ data: Data) throws -> String {
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let target = url(sha256: digest)
        if FileManager.default.fileExists(atPath: target.path) { return digest }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target, options: .atomic)
        return digest
    }

    /// The stored bytes; NotFound for a digest with no file (or that is not a digest).
    public func read(sha256: String) throws -> Data {
        guard Self.isDigest(sha256), let data = FileManager.default.contents(atPath: url(sha256: sha256).path) else {
            throw NotFound(entity: "evidence file", id: sha256)
        }
        return data
    }

    /// Where the file with this digest lives (whether or not it exists). Anything other
    /// than 64 lower-case hex digits maps to a name that cannot exist, never outside `root`.
    public func url(sha256: String) -> URL {
        guard Self.isDigest(sha256) else {
            return root.appendingPathComponent("invalid", isDirectory: true).appendingPathComponent("invalid")
        }
        return root.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
            .appendingPathComponent(String(sha256.dropFirst(2)))
    }

    static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64
            && text.utf8.allSatisfy {
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
            }
    }
}
