import EquitasCore
import Foundation

/// `equitas paygap --by sex` on a CSV staff list: straight from the file's bytes to a
/// `PayGapTally`, reading only the cells the figures rest on, on two cores for a large
/// file (two parts split at a line end, as `StaffListHalves` splits). No record is built.
///
/// Like the fast record path it only ever succeeds: for anything wrong or unusual
/// (a bad cell, a repeated id, quotes it is unsure of, a file that is not UTF-8…) it
/// returns nil and `StaffListFile.genderPayGap` reads the file the general way, so every
/// refusal is the general path's, word for word.
enum StaffListPayGapPath {
    static func tally(_ data: Data, columns: StaffColumns, limits: SheetReadLimits, splitAbove: Int = 1 << 22) -> PayGapTally? {
        guard data.count <= limits.maxFileBytes else { return nil }
        return data.withUnsafeBytes { raw -> PayGapTally? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if CSVReader.utf16Marks.contains(where: bytes.starts(with:)) { return nil }
            guard let (layout, rowsStart) = StaffListCSVFastPath.header(bytes, columns: columns) else { return nil }
            let length = bytes.count - rowsStart
            var split = rowsStart + length / 2
            while split < bytes.count, bytes[split] != UInt8(ascii: "\n") { split += 1 }
            split += 1
            let ranges = length > splitAbove && split < bytes.count ? [(rowsStart, split), (split, bytes.count)] : [(rowsStart, bytes.count)]
            let parts = Parts(bytes: bytes, ranges: ranges, layout: layout)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { parts.run($0) }
            let done = parts.all
            guard done.count == ranges.count, done.reduce(0, { $0 + $1.rows }) <= limits.maxRows, idsAreUnique(done.map(\.sortedIds)) else { return nil }
            var tally = done[0].tally
            for part in done.dropFirst() { tally.merge(part.tally) }
            return tally
        }
    }

    /// No hash twice across the parts, each sorted and already checked within itself
    /// (`Parts.run`, on its own core). Two equal hashes (a repeated id, or very rarely two
    /// ids that collide) hand the file to the general reader, which compares the ids
    /// themselves. One walk along both, on raw pointers: it runs after the parts, alone.
    static func idsAreUnique(_ parts: [[UInt64]]) -> Bool {
        guard parts.count == 2 else { return parts.count < 2 }
        return parts[0].withUnsafeBufferPointer { first in
            parts[1].withUnsafeBufferPointer { second in
                var left = 0, right = 0
                while left < first.count, right < second.count {
                    let a = first[left], b = second[right]
                    if a == b { return false }
                    // Without a branch on which is less, which no predictor could guess.
                    let less = a < b
                    left += less ? 1 : 0
                    right += less ? 0 : 1
                }
                return true
            }
        }
    }

    /// No hash twice in one sorted part.
    static func noRepeats(_ sorted: [UInt64]) -> Bool {
        sorted.withUnsafeBufferPointer { hashes in
            var index = 1
            while index < hashes.count {
                if hashes[index] == hashes[index - 1] { return false }
                index += 1
            }
            return true
        }
    }

    struct Part {
        var tally: PayGapTally
        var sortedIds: [UInt64]
        var rows: Int
    }

    /// The parts' input (the file's bytes, alive for the whole read) and results.
    private final class Parts: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let ranges: [(Int, Int)]
        let layout: StaffListLayout
        private var slots: [Part?]
        private let lock = NSLock()

        init(bytes: UnsafeBufferPointer<UInt8>, ranges: [(Int, Int)], layout: StaffListLayout) {
            self.bytes = bytes
            self.ranges = ranges
            self.layout = layout
            slots = Array(repeating: nil, count: ranges.count)
        }

        /// Reads part `index`, and keeps its result unless it gave up.
        func run(_ index: Int) {
            let (start, end) = ranges[index]
            // The splitter checks the rows' bytes (NUL, UTF-8) as it splits them; the
            // first part checks the header's too.
            let header = index == 0 ? UnsafeBufferPointer(rebasing: bytes[0..<start]) : UnsafeBufferPointer(start: nil, count: 0)
            guard StaffListCSVFastPath.isPlainUTF8(header),
                var scanner = PayGapRowScanner(layout: layout, expectedRows: (end - start) / 48), scanner.scan(bytes, from: start, to: end)
            else { return }
            let sortedIds = RadixSort.sortedSpread(scanner.idHashes)
            guard StaffListPayGapPath.noRepeats(sortedIds) else { return }
            let part = Part(tally: scanner.tally, sortedIds: sortedIds, rows: scanner.rows)
            lock.withLock { slots[index] = part }
        }

        /// Every part that finished; fewer than asked for means one gave up.
        var all: [Part] { lock.withLock { slots.compactMap { $0 } } }
    }
}
