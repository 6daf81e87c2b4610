import Foundation
import Testing

@testable import EquitasSheets

/// The fast paths' splitter finds separators 64 bytes at a time (`CSVSeparatorBlock`).
/// Whatever it takes, it must take exactly as the general reader (`CSVRecordParser`,
/// after its NUL and UTF-8 check) does; whatever it cannot be sure of, it must give up
/// on; and it must never give up on a plain file the general reader takes.
@Suite("CSV field splitter: separators by bitmask, the same records as the general reader")
struct CSVFieldSplitterTests {
    /// A small fixed generator, so that a failure can be repeated from its seed.
    struct Draws {
        var state: UInt64
        mutating func below(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state ^ (state >> 29)) >> 33) % bound
        }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// A random CSV file, and whether it is plain: no bad bytes, no line break inside
    /// quotes, no text after a closing quote, no quote left open.
    static func randomFile(_ draws: inout Draws) -> (bytes: [UInt8], plain: Bool) {
        let textPieces: [[UInt8]] = [
            Array("a".utf8), Array("Zq".utf8), Array("7".utf8), Array(".".utf8), Array(" ".utf8), Array("é".utf8),
            Array("–".utf8), Array("\t".utf8), Array("Grade 10".utf8), Array("£".utf8),
        ]
        let badPieces: [[UInt8]] = [[0x00], [0x80], [0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xE2, 0x80]]
        var bytes: [UInt8] = []
        var plain = true
        // Half the files are plain by construction; the others may have any trouble.
        let troubled = draws.chance(50)
        let records = 1 + draws.below(14)
        for record in 0..<records {
            let fields = draws.chance(8) ? 0 : 1 + draws.below(12)
            for field in 0..<fields {
                if field > 0 { bytes.append(UInt8(ascii: ",")) }
                // Some fields long enough to cross one or two 64-byte blocks.
                let length = draws.chance(15) ? 40 + draws.below(120) : draws.below(9)
                if draws.chance(25) {
                    bytes.append(UInt8(ascii: "\""))
                    var written = 0
                    while written < length {
                        let piece: [UInt8]
                        switch draws.below(12) {
                        case 0: piece = Array(",".utf8)
                        case 1: piece = Array("\"\"".utf8)
                        case 2 where troubled && draws.chance(10):
                            piece = draws.chance(50) ? Array("\n".utf8) : Array("\r\n".utf8)
                            plain = false
                        default: piece = textPieces[draws.below(textPieces.count)]
                        }
                        bytes += piece
                        written += piece.count
                    }
                    if troubled, record == records - 1, field == fields - 1, draws.chance(10) {
                        plain = false  // left open at the end of the file
                    } else {
                        bytes.append(UInt8(ascii: "\""))
                    }
                    if troubled, draws.chance(3) {
                        bytes += Array("x".utf8)
                        plain = false
                    }
                } else {
                    var written = 0
                    while written < length {
                        var piece = textPieces[draws.below(textPieces.count)]
                        // A quote inside an unquoted field (not first) is text.
                        if written > 0, draws.chance(5) { piece = Array("\"".utf8) }
                        if troubled, draws.chance(2) {
                            piece = badPieces[draws.below(badPieces.count)]
                            plain = false
                        }
                        bytes += piece
                        written += piece.count
                    }
                }
            }
            if record < records - 1 || draws.chance(50) {
                bytes += [Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8)][draws.below(3)]
            }
        }
        return (bytes, plain)
    }

    /// The general reader's records: nil where it refuses the file.
    static func reference(_ bytes: [UInt8]) -> [[String]]? {
        guard !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil else { return nil }
        var parser = CSVRecordParser(bytes)
        var records: [[String]] = []
        do {
            while let record = try parser.next() { records.append(record.fields) }
        } catch {
            return nil
        }
        return records
    }

    /// The splitter's records of `bytes[start..<end]`: nil where it gives up.
    static func split(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> [[String]]? {
        bytes.withUnsafeBufferPointer { buffer in
            var splitter = CSVFieldSplitter(buffer, from: start, to: end)
            defer { splitter.release() }
            var records: [[String]] = []
            while true {
                switch splitter.next() {
                case .end: return records
                case .giveUp: return nil
                case .record: records.append(splitter.fields.map { String(decoding: splitter.bytes(of: $0), as: UTF8.self) })
                }
            }
        }
    }

    @Test("random files: what the splitter takes is the general reader's records, and it takes every plain file", arguments: 0..<8)
    func randomFiles(batch: Int) {
        var draws = Draws(state: 2026 + UInt64(batch))
        var taken = 0, plainFiles = 0
        for _ in 0..<150 {
            let (bytes, plain) = Self.randomFile(&draws)
            let expected = Self.reference(bytes)
            let whole = Self.split(bytes)
            if let whole {
                taken += 1
                #expect(whole == expected, "\(bytes)")
            }
            if plain {
                plainFiles += 1
                #expect(expected != nil && whole != nil, "\(bytes)")
            }
            // Read as two parts split at a line end, as the fast paths read a large file.
            guard let split = bytes.indices.filter({ bytes[$0] == UInt8(ascii: "\n") }).randomElement(using: &draws) else { continue }
            let first = Self.split(bytes, from: 0, to: split + 1), second = Self.split(bytes, from: split + 1)
            if let first, let second { #expect(first + second == expected, "\(bytes) split after \(split)") }
        }
        // The draws make both kinds of file often enough for the checks to mean something.
        #expect(taken > 50)
        #expect(plainFiles > 50)
    }

    /// The block's answers worked out byte by byte.
    static func expectedBlock(_ bytes: [UInt8], at start: Int, end: Int) -> (stops: UInt64, quotes: UInt64, nul: Bool, high: Bool) {
        var stops: UInt64 = 0, quotes: UInt64 = 0
        let stop = min(start + CSVSeparatorBlock.width, end)
        for index in start..<stop {
            if [UInt8(ascii: ","), 10, 13].contains(bytes[index]) { stops |= 1 << UInt64(index - start) }
            if bytes[index] == UInt8(ascii: "\"") { quotes |= 1 << UInt64(index - start) }
        }
        return (stops, quotes, bytes[start..<stop].contains(0), bytes[start..<stop].contains { $0 >= 0x80 })
    }

    @Test("a block's commas and line ends, quotes, NUL and high bytes at every one of its 64 places, full and short blocks")
    func blocks() {
        var draws = Draws(state: 64)
        let alphabet: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\""), 10, 13, UInt8(ascii: "a"), UInt8(ascii: " "), 0x2B, 0x2D, 0x7F, 0x01]
        for round in 0..<40 {
            var bytes = (0..<160).map { _ in alphabet[draws.below(alphabet.count)] }
            for place in 0..<CSVSeparatorBlock.width {
                var marked = bytes
                // A NUL, or a high byte, at each place of a block starting at 16.
                marked[16 + place] = round % 2 == 0 ? 0 : [0x80, 0xC3, 0xFF][draws.below(3)]
                for end in [marked.count, 16 + CSVSeparatorBlock.width, 16 + place + 1, 16 + 1 + draws.below(63)] where end > 16 {
                    let block = marked.withUnsafeBufferPointer { CSVSeparatorBlock($0, at: 16, end: end) }
                    let expected = Self.expectedBlock(marked, at: 16, end: end)
                    #expect(block.stops == expected.stops && block.quotes == expected.quotes, "place \(place), end \(end)")
                    #expect(block.hasNUL == expected.nul && block.hasHigh == expected.high, "place \(place), end \(end)")
                }
            }
            bytes.shuffle(using: &draws)
        }
    }
}

extension CSVFieldSplitterTests.Draws: RandomNumberGenerator {
    mutating func next() -> UInt64 {
        UInt64(below(1 << 30)) << 34 | UInt64(below(1 << 30)) << 4 | UInt64(below(16))
    }
}
