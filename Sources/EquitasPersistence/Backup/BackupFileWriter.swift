import Crypto
import Foundation

/// Writes the backup's lines to a file beside the target, keeping the running SHA-256
/// for the closing line, and moves it into place only when complete: an interrupted
/// backup never leaves a file that looks like a good one.
final class BackupFileWriter: @unchecked Sendable {  // used by one task at a time
    private let target: URL
    private let partial: URL
    private let handle: FileHandle
    private let encoder: JSONEncoder
    private var hasher = SHA256()
    private var buffer = Data()
    private(set) var lines = 0

    init(target: URL) throws {
        self.target = target
        partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
            throw BackupError("cannot write in \(target.deletingLastPathComponent().path)")
        }
        handle = try FileHandle(forWritingTo: partial)
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    func write(_ line: BackupLine) throws {
        var data = try encoder.encode(line)
        data.append(0x0A)
        hasher.update(data: data)
        lines += 1
        buffer.append(data)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes the closing line, syncs and moves the file into place.
    func finish() throws {
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        var data = try encoder.encode(BackupLine(end: BackupEnd(lines: lines, sha256: digest)))
        data.append(0x0A)
        buffer.append(data)
        try flush()
        try handle.synchronize()
        try handle.close()
        if FileManager.default.fileExists(atPath: target.path) {
            _ = try FileManager.default.replaceItemAt(target, withItemAt: partial)
        } else {
            try FileManager.default.moveItem(at: partial, to: target)
        }
    }

    /// Removes the unfinished file after a failure.
    func abandon() {
        try? handle.close()
        try? FileManager.default.removeItem(at: partial)
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
