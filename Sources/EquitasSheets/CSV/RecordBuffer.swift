import EquitasCore

/// Records written straight into memory we manage, so that the two halves of a file
/// end up in one array by moving bits rather than copying (and retaining) a million
/// records. The first half writes into the final array's own storage (`fixed`); the
/// second into a buffer that grows, moved in after it.
struct RecordBuffer {
    private(set) var base: UnsafeMutablePointer<StaffRecord>
    private(set) var count = 0
    private(set) var capacity: Int
    private let growable: Bool

    /// Storage that someone else owns and frees; full means give up.
    init(fixed base: UnsafeMutablePointer<StaffRecord>, capacity: Int) {
        self.base = base
        self.capacity = capacity
        growable = false
    }

    init(growable capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        growable = true
    }

    /// False when fixed storage is full.
    mutating func append(_ record: StaffRecord) -> Bool {
        if count == capacity {
            guard growable else { return false }
            let bigger = UnsafeMutablePointer<StaffRecord>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }
        (base + count).initialize(to: record)
        count += 1
        return true
    }

    /// Destroys the records; frees the storage if it is ours.
    func discard() {
        base.deinitialize(count: count)
        if growable { base.deallocate() }
    }

    /// Moves the records to `target` and frees the storage (growable buffers only).
    func move(to target: UnsafeMutablePointer<StaffRecord>) {
        target.moveInitialize(from: base, count: count)
        if growable { base.deallocate() }
    }
}
