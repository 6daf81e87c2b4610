/// Splits the bytes of a CSV file into records of field positions, without making a
/// `String` of any field: the fast staff list path's tokenizer. It follows
/// `CSVRecordParser`'s rules for the files it accepts, and for anything it is not sure
/// of (a quoted field holding a line break, text after a closing quote, a missing
/// closing quote) it gives up, so that the general reader says what is wrong.
///
/// It finds every separator of 64 bytes at once (`CSVSeparatorBlock`: a bitmask of the
/// commas and line ends, another of the quotes) and goes from one set bit to the next,
/// so a field costs a few instructions whatever its length. It also checks the bytes as the general
/// reader would take them, from the same loads: a NUL byte gives up (the caller then
/// hands the whole file over, so where the NUL is does not matter), and a record that
/// touches a block with any byte of 0x80 or more is checked to be valid UTF-8 (a line
/// end is never inside a UTF-8 sequence, so record by record is the whole file).
struct CSVFieldSplitter {
    /// Where a field's bytes are: in the file (a quoted field's text between its quotes),
    /// or, for a quoted field with a doubled quote undone, in `scratch`.
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
    let end: Int
    /// The commas and line ends not yet passed, bit i for byte `blockStart + i`; none
    /// before the field being read.
    private var stops: UInt64 = 0
    /// The quotes of the block, bit i for byte `blockStart + i`: only a quoted field
    /// reads them, passing over those before its opening quote.
    private var quotes: UInt64 = 0
    private var blockStart: Int
    /// The end of the last block read that holds a byte of 0x80 or more: a record that
    /// starts before it is checked to be UTF-8.
    private var highBefore = Int.min
    /// The current record's fields: `fieldStore[0..<fieldCount]`.
    private let fieldStore: UnsafeMutableBufferPointer<Field>
    private(set) var fieldCount = 0
    /// The text of the current record's quoted fields that hold a doubled quote. As long
    /// as the file, so it never moves; only the pages such a field touches are ever
    /// really used.
    let scratch: UnsafeMutableBufferPointer<UInt8>
    private var scratchCount = 0

    /// A splitter for `bytes[start..<end]` (to the end of `bytes` when no end is given);
    /// `release()` frees its buffers.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil) {
        self.bytes = bytes
        self.position = start
        self.end = end ?? bytes.count
        // No block read yet: the first is read at `start`.
        blockStart = start - CSVSeparatorBlock.width
        scratch = .allocate(capacity: max(bytes.count, 1))
        fieldStore = .allocate(capacity: SheetLimits.maxColumns + 2)
    }

    func release() {
        scratch.deallocate()
        fieldStore.deallocate()
    }

    var fields: UnsafeMutableBufferPointer<Field>.SubSequence { fieldStore[0..<fieldCount] }

    /// Notes a field; false past the column limit, or for a field of more bytes than a
    /// cell may have characters (the general reader then refuses it, naming its line and
    /// column, or, for non-ASCII text that is short enough in characters, reads it).
    private mutating func add(_ field: Field) -> Bool {
        guard fieldCount < fieldStore.count, field.count <= SheetLimits.maxCellCharacters else { return false }
        fieldStore[fieldCount] = field
        fieldCount += 1
        return true
    }

    /// The bytes of one field of the current record.
    @inline(__always)
    func bytes(of field: Field) -> UnsafeBufferPointer<UInt8> {
        let base = field.inScratch ? UnsafeBufferPointer(scratch) : bytes
        return UnsafeBufferPointer(rebasing: base[field.start..<field.start + field.count])
    }

    /// The bytes of the field at `position`, or none when the record is shorter.
    @inline(__always)
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
        defer { position = index }
        while true {
            if index < count, bytes[index] == Self.quote {
                guard let (field, after) = quotedField(from: index) else { return .giveUp }
                index = after
                guard add(field) else { return .giveUp }
                guard index < count else { return finish(recordStart, index) }
                let byte = bytes[index]
                if byte == Self.comma {
                    index += 1
                    skip(to: index)
                    continue
                }
                guard byte == Self.cr || byte == Self.lf else { return .giveUp }
            } else {
                let start = index
                guard let stop = fieldEnd() else { return .giveUp }
                index = stop
                guard add(Field(start: start, count: index - start, inScratch: false)) else { return .giveUp }
                guard index < count else { return finish(recordStart, index) }
                if bytes[index] == Self.comma {
                    index += 1
                    continue
                }
            }
            // A line end: CRLF, LF or a lone CR.
            if bytes[index] == Self.cr, index + 1 < count, bytes[index + 1] == Self.lf { index += 1 }
            index += 1
            skip(to: index)
            return finish(recordStart, index)
        }
    }

    /// Reads the block after the current one: false at `end`, nil when it holds a NUL.
    @inline(__always)
    private mutating func nextBlock() -> Bool? {
        let next = blockStart + CSVSeparatorBlock.width
        guard next < end else { return false }
        let block = CSVSeparatorBlock(bytes, at: next, end: end)
        if block.hasNUL { return nil }
        if block.hasHigh { highBefore = min(next + CSVSeparatorBlock.width, end) }
        blockStart = next
        stops = block.stops
        quotes = block.quotes
        return true
    }

    /// Where the unquoted field being read ends: the next comma, CR or LF (a quote inside
    /// an unquoted field is text), or `end`; nil when a block holds a NUL byte.
    @inline(__always)
    private mutating func fieldEnd() -> Int? {
        while stops == 0 {
            guard let read = nextBlock() else { return nil }
            if !read { return end }
        }
        let at = blockStart + stops.trailingZeroBitCount
        stops &= stops &- 1
        return at
    }

    /// The quoted field whose opening quote is at `start`, and where its closing quote
    /// leaves off. Its text is read in place, or, when it holds a doubled quote to undo,
    /// copied into `scratch`. Nil for a line end inside the quotes or a missing closing
    /// quote (the general reader's cases), or a NUL byte.
    @inline(__always)
    private mutating func quotedField(from start: Int) -> (Field, Int)? {
        var position = start
        var doubled = false
        while true {
            guard let at = quote(after: position) else { return nil }
            guard at + 1 < end, bytes[at + 1] == Self.quote else {
                let text = start + 1..<at
                guard doubled else { return (Field(start: text.lowerBound, count: text.count, inScratch: false), at + 1) }
                return (unquoted(text), at + 1)
            }
            // A doubled quote: read on after its second half.
            doubled = true
            position = at + 1
        }
    }

    /// The first quote after `position`, passing the commas before it (text inside
    /// quotes); nil for a line end before it, no quote before `end`, or a NUL byte.
    private mutating func quote(after position: Int) -> Int? {
        while true {
            let behind = position + 1 - blockStart
            if behind >= CSVSeparatorBlock.width {
                quotes = 0
            } else if behind > 0 {
                quotes &= UInt64.max << UInt64(behind)
            }
            // The commas and line ends before the quote (all of them, if none).
            let before = quotes == 0 ? stops : stops & ((quotes & (0 &- quotes)) &- 1)
            var passed = before
            while passed != 0 {
                if bytes[blockStart + passed.trailingZeroBitCount] != Self.comma { return nil }
                passed &= passed &- 1
            }
            stops &= ~before
            if quotes != 0 { return blockStart + quotes.trailingZeroBitCount }
            guard let read = nextBlock(), read else { return nil }
        }
    }

    /// A quoted field's text with each `""` made one quote, in `scratch`.
    private mutating func unquoted(_ text: Range<Int>) -> Field {
        let first = scratchCount
        var index = text.lowerBound
        while index < text.upperBound {
            scratch[scratchCount] = bytes[index]
            scratchCount += 1
            index += bytes[index] == Self.quote ? 2 : 1
        }
        return Field(start: first, count: scratchCount - first, inScratch: true)
    }

    /// Forgets the separators before `index`: those a quoted field or a CRLF went past.
    @inline(__always)
    private mutating func skip(to index: Int) {
        let offset = index - blockStart
        if offset >= CSVSeparatorBlock.width {
            // Past the block: the next one is read at `index`.
            blockStart = index - CSVSeparatorBlock.width
            stops = 0
            quotes = 0
        } else if offset > 0 {
            stops &= UInt64.max << UInt64(offset)
            quotes &= UInt64.max << UInt64(offset)
        }
    }

    /// A record is taken when no block it touches has a byte of 0x80 or more, or when
    /// its bytes are valid UTF-8.
    @inline(__always)
    private func finish(_ start: Int, _ end: Int) -> Outcome {
        guard start < highBefore else { return .record }
        return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == nil ? .giveUp : .record
    }
}
