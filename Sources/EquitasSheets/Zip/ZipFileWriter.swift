import Foundation
import ZIPFoundation

/// A ZIP archive written straight to disk an entry at a time, for archives too large to
/// build in memory (OOXMLPackage builds its small documents in memory). The archive is
/// written beside the target and moved into place by `finish`, so an interrupted
/// export never leaves a file that looks complete.
public final class ZipFileWriter {
    private let target: URL
    private let partial: URL
    private let archive: Archive
    public private(set) var paths: [String] = []

    public init(url: URL) throws {
        target = url
        partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(UUID().uuidString)")
        archive = try Archive(url: partial, accessMode: .create)
    }

    public func add(_ path: String, _ data: Data) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(), compressionMethod: .deflate
        ) { position, size in
            let start = Int(position)
            return data.subdata(in: start..<min(start + size, data.count))
        }
        paths.append(path)
    }

    public func finish() throws {
        if FileManager.default.fileExists(atPath: target.path) {
            _ = try FileManager.default.replaceItemAt(target, withItemAt: partial)
        } else {
            try FileManager.default.moveItem(at: partial, to: target)
        }
    }

    public func abandon() {
        try? FileManager.default.removeItem(at: partial)
    }

    /// Every file entry's path and bytes, in archive order: for checking what was written.
    public static func entries(of url: URL) throws -> [(path: String, data: Data)] {
        let archive = try Archive(url: url, accessMode: .read)
        var entries: [(path: String, data: Data)] = []
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries.append((entry.path, data))
        }
        return entries
    }
}
