/// Where the separators are in 64 bytes of a CSV file: one bit for each comma, CR or LF,
/// and one for each quote, found sixteen bytes at a time (`SIMD16` comparisons, each
/// packed into sixteen bits). `CSVFieldSplitter` then goes from separator to separator
/// by the masks' set bits, rather than testing every byte of every field, which was most
/// of the fast staff list paths' time; quotes are kept apart so that an unquoted field
/// never looks at them. The same loads tell whether the bytes hold a NUL or a byte of
/// 0x80 or more (for the UTF-8 check).
struct CSVSeparatorBlock {
    static let width = 64
    /// Bit i set: byte i of the block is a comma, CR or LF.
    let stops: UInt64
    /// Bit i set: byte i of the block is a quote.
    let quotes: UInt64
    let hasNUL: Bool
    let hasHigh: Bool

    /// The block of `bytes[start..<min(start + 64, end)]`; bits past `end` are clear.
    /// `start` must be before `end`.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) {
        let base = UnsafeRawPointer(bytes.baseAddress!) + start
        if end - start >= Self.width {
            self.init(base)
            return
        }
        // The last bytes of the range, padded with spaces (neither separators nor odd):
        // a full-width load would read past the range, and perhaps past the mapping.
        var padded = SIMD64<UInt8>(repeating: UInt8(ascii: " "))
        withUnsafeMutableBytes(of: &padded) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base, count: end - start)) }
        self = withUnsafeBytes(of: &padded) { Self($0.baseAddress!) }
    }

    /// The 64 bytes at `base`. The constants are made here rather than kept as statics,
    /// which the compiler reloads through a lazy initialiser on every call.
    @inline(__always)
    private init(_ base: UnsafeRawPointer) {
        let commas = SIMD16<UInt8>(repeating: UInt8(ascii: ",")), quotes = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let lineFeeds = SIMD16<UInt8>(repeating: UInt8(ascii: "\n")), returns = SIMD16<UInt8>(repeating: UInt8(ascii: "\r"))
        let zeros = SIMD16<UInt8>(repeating: 0)
        var stops: UInt64 = 0, quoteBits: UInt64 = 0
        var nul = SIMDMask<SIMD16<Int8>>(repeating: false)
        var all = zeros
        for part in 0..<4 {
            let bytes = base.loadUnaligned(fromByteOffset: 16 * part, as: SIMD16<UInt8>.self)
            let stop = Self.tops((bytes .== commas) .| (bytes .== lineFeeds) .| (bytes .== returns))
            stops |= (Self.pack(stop[0]) | Self.pack(stop[1]) << 8) << UInt64(16 * part)
            let quote = Self.tops(bytes .== quotes)
            quoteBits |= (Self.pack(quote[0]) | Self.pack(quote[1]) << 8) << UInt64(16 * part)
            nul = nul .| (bytes .== zeros)
            all |= bytes
        }
        self.stops = stops
        self.quotes = quoteBits
        let nuls = Self.tops(nul)
        hasNUL = nuls[0] | nuls[1] != 0
        let words = unsafeBitCast(all, to: SIMD2<UInt64>.self)
        hasHigh = (words[0] | words[1]) & 0x8080_8080_8080_8080 != 0
    }

    /// A comparison's sixteen answers as 0x80 (true) or 0 bytes, read as two 64-bit words.
    @inline(__always)
    private static func tops(_ mask: SIMDMask<SIMD16<Int8>>) -> SIMD2<UInt64> {
        unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0x80, where: mask), to: SIMD2<UInt64>.self)
    }

    /// The top bits of a word's eight bytes as eight bits, byte i's in bit i (read
    /// little-endian, so the first byte in the file is the lowest bit). The multiply
    /// moves each byte's bit to its place in the top byte without carries.
    @inline(__always)
    static func pack(_ tops: UInt64) -> UInt64 {
        ((tops >> 7) &* 0x0102_0408_1020_4080) >> 56
    }
}
