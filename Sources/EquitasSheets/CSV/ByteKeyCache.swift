import Foundation

/// What a cell's bytes mean, worked out once for each distinct spelling: a staff list of
/// a million rows has a few dozen grades, sexes and ethnic groups, so reading each
/// through the general rules once and then looking it up is both exact and quick. Holds
/// at most `limit` spellings; past that each cell is worked out afresh.
struct ByteKeyCache<Value> {
    private var slots: [Int32]
    /// Every spelling's bytes end to end; `bounds[i]` is where spelling i starts and ends.
    private var storage: [UInt8] = []
    private var bounds: [(start: Int, count: Int)] = []
    /// Each spelling's length and first and last eight bytes: for up to 16 bytes, the
    /// whole spelling, so most matches need no `memcmp`.
    private var words: [Words] = []
    private var values: [Value] = []
    private let limit = 4096

    init() {
        slots = [Int32](repeating: -1, count: 8192)
    }

    /// The value for these bytes, computing it with `make` the first time.
    mutating func value(_ field: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        entry(field, make: make).value
    }

    /// The value and the number of its spelling (nil once the cache is full), so that
    /// callers can tell spellings apart by a small number.
    mutating func entry(
        _ field: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> Value
    ) -> (value: Value, entry: Int?) {
        let mask = slots.count - 1
        let key = Words(field)
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { break }
            if words[entry] == key, field.count <= 16 || storage.withUnsafeBufferPointer({
                memcmp($0.baseAddress! + bounds[entry].start, field.baseAddress!, field.count) == 0
            }) {
                return (values[entry], entry)
            }
            slot = (slot + 1) & mask
        }
        let value = make(field)
        guard values.count < limit else { return (value, nil) }
        slots[slot] = Int32(values.count)
        bounds.append((storage.count, field.count))
        words.append(key)
        storage.append(contentsOf: field)
        values.append(value)
        return (value, values.count - 1)
    }

}

/// A field's length with its first and last eight bytes (fewer than eight: its first and
/// last four, or its first, middle and last byte, which with the length are all of
/// them), compared and hashed as three numbers.
struct Words: Equatable {
    let count: Int
    let head: UInt64
    let tail: UInt64

    @inline(__always)
    init(_ field: UnsafeBufferPointer<UInt8>) {
        count = field.count
        guard let base = field.baseAddress, count > 0 else {
            head = 0
            tail = 0
            return
        }
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            // The first four and last four bytes (overlapping): with the count, all of them.
            head = UInt64(raw.loadUnaligned(as: UInt32.self)) << 32 | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            tail = 0
        } else {
            head = UInt64(base[0]) << 16 | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1])
            tail = 0
        }
    }

    var hash: UInt64 {
        var hash = (head ^ UInt64(count) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 31) ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }
}
