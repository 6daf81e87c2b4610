import EquitasCore
import Testing

@Suite("Radix sort of whole numbers")
struct RadixSortTests {
    /// A small, fixed generator, so that a failure can be repeated.
    struct Numbers: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    @Test("Agrees with the standard sort on numbers spread over all 64 bits, repeats included")
    func spread() {
        var numbers = Numbers(state: 21)
        var input = (0..<50_000).map { _ in UInt64.random(in: .min ... .max, using: &numbers) }
        input += input.prefix(500)
        #expect(RadixSort.sorted(input) == input.sorted())
    }

    @Test("Amounts in pence, whose high digits are all the same, sort too (passes skipped)")
    func pence() {
        var numbers = Numbers(state: 7)
        let input = (0..<20_000).map { _ in UInt64.random(in: 500...9_000_000, using: &numbers) }
        #expect(RadixSort.sorted(input) == input.sorted())
    }

    @Test("Signed numbers put negatives first")
    func signed() {
        var numbers = Numbers(state: 3)
        let input = (0..<5_000).map { _ in Int64.random(in: -1_000_000...1_000_000, using: &numbers) }
        #expect(RadixSort.sorted(input) == input.sorted())
        #expect(RadixSort.sorted([3, -1, 2] as [Int64]) == [-1, 2, 3])
    }

    @Test("Every number equal: no pass moves anything")
    func allEqual() {
        let input = [UInt64](repeating: 0xDEAD_BEEF, count: 1_000)
        #expect(RadixSort.sorted(input) == input)
    }

    @Test("The one-pass sort for hashes agrees with the standard sort: spread, repeated, in long runs, bunched in one run, and small")
    func hashes() {
        var numbers = Numbers(state: 2026)
        var spread = (0..<60_000).map { _ in UInt64.random(in: .min ... .max, using: &numbers) }
        spread += spread.prefix(700)
        #expect(RadixSort.sortedSpread(spread) == spread.sorted())
        // All in the lowest run of the twelve top bits: one large run, still sorted.
        let bunched = (0..<10_000).map { _ in UInt64.random(in: 0...(1 << 50), using: &numbers) }
        #expect(RadixSort.sortedSpread(bunched) == bunched.sorted())
        // Runs of a hundred or so, dealt again by their next eight bits and mended by insertion.
        var long = (0..<300_000).map { _ in UInt64.random(in: .min ... .max, using: &numbers) }
        long += long.suffix(900)
        #expect(RadixSort.sortedSpread(long) == long.sorted())
        // Runs of fifty whose next eight bits are all the same: the standard sort for each.
        let flat = (0..<200_000).map { _ in UInt64.random(in: 0..<4096, using: &numbers) << 52 | UInt64.random(in: 0..<(1 << 44), using: &numbers) }
        #expect(RadixSort.sortedSpread(flat) == flat.sorted())
        let small = (0..<100).map { _ in UInt64.random(in: .min ... .max, using: &numbers) }
        #expect(RadixSort.sortedSpread(small) == small.sorted())
        #expect(RadixSort.sortedSpread([]) == [])
    }
}
