/// Splits the bytes of a CSV file into records of field positions, without making a
/// `String` of any field: the fast staff list path's tokenizer. It follows
/// `CSVRecordParser`'s rules for the files it accepts, and for anything it is not sure
/// of (a quoted field holding a line break, text after a closing quote, a missing
/// closing quote) it gives up, so that the general reader says what is wrong.
///
/// It also checks the bytes as the general reader would take them, in the same pass: a
/// NUL byte gives up, and a record with any byte of 0x80 or more is checked to be valid
/// UTF-8 (a line end is never inside a UTF-8 sequence, so record by record is the whole
/// file). Unquoted fields are scanned eight bytes at a time (`SWAR`).
struct CSVFieldSplitter {
    /// Where a field's bytes are: in the file, or (a quoted field, its `""` undone) in
    /// `scratch`.
    struct Field {
        var start: Int
        var count: Int
        var inScratch: Bool
    }

    enum Outcome { case record, end, giveUp }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    /// Where this splitter stops: the file's end, or a line end when it reads half a file.
    var end: Int
    /// The current record's fields: `fieldStore[0..<fieldCount]`.
    private let fieldStore: UnsafeMutableBufferPointer<Field>
    private(set) var fieldCount = 0
    /// Unquoted text of the current record's quoted fields. As long as the file, so it
    /// never moves; only the pages a quoted field touches are ever really used.
    let scratch: UnsafeMutableBufferPointer<UInt8>
    private var scratchCount = 0

    /// A splitter for `bytes[start..<end]`; `release()` frees its buffers.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        self.bytes = bytes
        self.position = start
        self.end = bytes.count
        scratch = .allocate(capacity: max(bytes.count, 1))
        fieldStore = .allocate(capacity: SheetLimits.maxColumns + 2)
    }

    func release() {
        scratch.deallocate()
        fieldStore.deallocate()
    }

    var fields: UnsafeMutableBufferPointer<Field>.SubSequence { fieldStore[0..<fieldCount] }

    /// Notes a field; false past the column limit (the general reader then says so).
    private mutating func add(_ field: Field) -> Bool {
        guard fieldCount < fieldStore.count else { return false }
        fieldStore[fieldCount] = field
        fieldCount += 1
        return true
    }

    /// The bytes of one field of the current record.
    func bytes(of field: Field) -> UnsafeBufferPointer<UInt8> {
        let base = field.inScratch ? UnsafeBufferPointer(scratch) : bytes
        return UnsafeBufferPointer(rebasing: base[field.start..<field.start + field.count])
    }

    /// The bytes of the field at `position`, or none when the record is shorter.
    func bytes(at position: Int) -> UnsafeBufferPointer<UInt8> {
        position < fieldCount ? bytes(of: fieldStore[position]) : UnsafeBufferPointer(start: nil, count: 0)
    }

    /// Reads the next record into `fields`. Inlined into the row loops, where the call
    /// per record was a tenth of the scan.
    @inline(__always)
    mutating func next() -> Outcome {
        fieldCount = 0
        scratchCount = 0
        let count = end
        guard position < count else { return .end }
        var index = position
        let recordStart = index
        var high = false
        defer { position = index }
        while true {
            if index < count, bytes[index] == Self.quote {
                index += 1
                let start = scratchCount
                while true {
                    guard index < count else { return .giveUp }
                    let byte = bytes[index]
                    if byte == Self.quote {
                        if index + 1 < count, bytes[index + 1] == Self.quote {
                            scratch[scratchCount] = Self.quote
                            scratchCount += 1
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == Self.cr || byte == Self.lf || byte == 0 { return .giveUp }
                    if byte >= 0x80 { high = true }
                    scratch[scratchCount] = byte
                    scratchCount += 1
                    index += 1
                }
                guard add(Field(start: start, count: scratchCount - start, inScratch: true)) else { return .giveUp }
                guard index < count else { return Self.finish(bytes, recordStart, index, high) }
                let byte = bytes[index]
                if byte == Self.comma {
                    index += 1
                    continue
                }
                guard byte == Self.cr || byte == Self.lf else { return .giveUp }
            } else {
                let start = index
                guard let stop = SWAR.fieldEnd(bytes, from: index, to: count, high: &high) else { return .giveUp }
                index = stop
                guard add(Field(start: start, count: index - start, inScratch: false)) else { return .giveUp }
                guard index < count else { return Self.finish(bytes, recordStart, index, high) }
                if bytes[index] == Self.comma {
                    index += 1
                    continue
                }
            }
            // A line end: CRLF, LF or a lone CR.
            if bytes[index] == Self.cr, index + 1 < count, bytes[index + 1] == Self.lf { index += 1 }
            index += 1
            return Self.finish(bytes, recordStart, index, high)
        }
    }

    /// A record is taken when it is plain ASCII, or its bytes are valid UTF-8.
    @inline(__always)
    private static func finish(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ high: Bool) -> Outcome {
        guard high else { return .record }
        return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == nil ? .giveUp : .record
    }
}
