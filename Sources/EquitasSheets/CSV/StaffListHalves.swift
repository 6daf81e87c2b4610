import EquitasCore
import Foundation

/// Reads the rows of a large staff list as two halves at once, split at a line end,
/// straight into one array. Safe even if that line end is inside a quoted field: the
/// first half then ends in an unclosed quote and gives up, and so does the fast path.
enum StaffListHalves {
    /// The records, and a hash of each id for the repeat check; nil to give up.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, layout: StaffListLayout, splitAbove: Int) -> ([StaffRecord], [UInt64])? {
        let length = bytes.count - start
        var split = start + length / 2
        while split < bytes.count, bytes[split] != UInt8(ascii: "\n") { split += 1 }
        split += 1
        let ranges = length > splitAbove && split < bytes.count ? [(start, split), (split, bytes.count)] : [(start, bytes.count)]
        // A staff list row is at least a dozen bytes; a file of shorter rows overflows
        // this and takes the general path. Pages never written are never really used.
        let capacity = (split - start) / 12 + 64
        var hashes: [UInt64] = []
        var failed = false
        let records = [StaffRecord](unsafeUninitializedCapacity: capacity + (ranges.count > 1 ? 0 : bytes.count / 12)) { buffer, initialized in
            let work = Work(bytes: bytes, ranges: ranges, layout: layout, first: RecordBuffer(fixed: buffer.baseAddress!, capacity: buffer.count))
            DispatchQueue.concurrentPerform(iterations: ranges.count) { work.run($0) }
            let parts = work.parts
            guard parts.allSatisfy({ $0.ok }),
                parts.reduce(0, { $0 + $1.records.count }) <= buffer.count
            else {
                parts.forEach { $0.records.discard() }
                failed = true
                initialized = 0
                return
            }
            var offset = parts[0].records.count
            for part in parts.dropFirst() {
                part.records.move(to: buffer.baseAddress! + offset)
                offset += part.records.count
            }
            hashes = parts.flatMap(\.hashes)
            initialized = offset
        }
        return failed ? nil : (records, hashes)
    }

    struct Part {
        var records: RecordBuffer
        var hashes: [UInt64] = []
        var ok = false
    }

    /// The halves' input and results, each part written by one thread only.
    private final class Work: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let ranges: [(Int, Int)]
        let layout: StaffListLayout
        private let results: UnsafeMutableBufferPointer<Part>

        init(bytes: UnsafeBufferPointer<UInt8>, ranges: [(Int, Int)], layout: StaffListLayout, first: RecordBuffer) {
            self.bytes = bytes
            self.ranges = ranges
            self.layout = layout
            results = .allocate(capacity: ranges.count)
            for index in ranges.indices {
                let own = index == 0 ? first : RecordBuffer(growable: (ranges[index].1 - ranges[index].0) / 64)
                (results.baseAddress! + index).initialize(to: Part(records: own))
            }
        }

        deinit {
            results.baseAddress!.deinitialize(count: results.count)
            results.deallocate()
        }

        var parts: [Part] { Array(results) }

        func run(_ index: Int) {
            let (start, end) = ranges[index]
            results[index].ok = StaffListCSVFastPath.decode(
                bytes, from: start, to: end, layout: layout, into: &results[index].records, hashes: &results[index].hashes)
        }
    }
}
