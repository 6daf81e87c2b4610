import Crypto
import Foundation

/// Reads a backup a line at a time in 1 MB chunks, hashing every byte it hands out so
/// the closing line's digest can be checked.
final class BackupLineReader: @unchecked Sendable {  // used by one task at a time
    private let handle: FileHandle
    private var buffer = Data()
    /// Where the next line starts in `buffer`; the consumed front is dropped only when
    /// more is read, so taking a line never copies the rest.
    private var start = 0
    private var atEnd = false
    private var hasher = SHA256()
    private var hasherBeforeLast = SHA256()
    /// Lines handed out so far.
    private(set) var lineNumber = 0
    /// Whether the line last handed out had no newline after it: the file stops mid-line.
    private(set) var lastLineUnterminated = false

    init(url: URL) throws {
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw BackupError("cannot read \(url.path): \(error.localizedDescription)")
        }
    }

    deinit { try? handle.close() }

    /// SHA-256 (hex) of every byte before the line last handed out.
    var digestBeforeLastLine: String {
        hasherBeforeLast.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The next line without its newline, or nil at the end of the file. A last line
    /// without a newline is handed out as it is (the closing-line check catches it).
    func next() throws -> Data? {
        while true {
            let base = buffer.startIndex
            if let newline = buffer[(base + start)...].firstIndex(of: 0x0A) {
                let line = Data(buffer[(base + start)..<newline])
                take(buffer[(base + start)...newline])
                start = newline - base + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Data(buffer[(base + start)...])
                take(line)
                lastLineUnterminated = true
                start = buffer.count
                return line
            }
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty {
                atEnd = true
            } else {
                buffer = Data(buffer[(base + start)...]) + chunk
                start = 0
            }
        }
    }

    private func take(_ bytes: Data) {
        hasherBeforeLast = hasher
        hasher.update(data: bytes)
        lineNumber += 1
    }
}
