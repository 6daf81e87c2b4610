/// Sorts whole numbers in a few linear passes, 16 bits at a time, skipping the passes in
/// which every number has the same digit (the high bits of amounts in pence, usually).
/// For a million rates this is several times quicker than a comparison sort.
public enum RadixSort {
    private static let digitCount = 1 << 16

    public static func sorted(_ input: [UInt64]) -> [UInt64] {
        guard input.count > 64 else { return input.sorted() }
        var source = input
        var target = [UInt64](repeating: 0, count: input.count)
        // The four digits' counts from one read of the input, not one read per pass:
        // the input is several times larger than the caches, the counts are not.
        var counts = [Int](repeating: 0, count: 4 * digitCount)
        counts.withUnsafeMutableBufferPointer { counts in
            source.withUnsafeBufferPointer { values in
                for value in values {
                    counts[Int(value & 0xFFFF)] += 1
                    counts[digitCount + Int((value >> 16) & 0xFFFF)] += 1
                    counts[2 * digitCount + Int((value >> 32) & 0xFFFF)] += 1
                    counts[3 * digitCount + Int(value >> 48)] += 1
                }
            }
            for pass in 0..<4 {
                let digits = UnsafeMutableBufferPointer(rebasing: counts[pass * digitCount..<(pass + 1) * digitCount])
                // Every number has the same digit here: this pass would not move anything.
                if digits.contains(input.count) { continue }
                var total = 0
                for index in digits.indices {
                    let count = digits[index]
                    digits[index] = total
                    total += count
                }
                let shift = UInt64(16 * pass)
                source.withUnsafeBufferPointer { from in
                    target.withUnsafeMutableBufferPointer { to in
                        for value in from {
                            let digit = Int((value >> shift) & 0xFFFF)
                            to[digits[digit]] = value
                            digits[digit] += 1
                        }
                    }
                }
                swap(&source, &target)
            }
        }
        return source
    }

    /// Numbers spread evenly over the whole range, as hashes are: one pass deals them
    /// into 4,096 runs by their top twelve bits, then each run, small enough to stay in
    /// the cache, is sorted where it lies (`sortRun`). For a million id hashes this is
    /// several times quicker than `sorted`, whose four passes each write all over a large
    /// array. Uneven numbers are still sorted, only more slowly.
    public static func sortedSpread(_ input: [UInt64]) -> [UInt64] {
        guard input.count > 4096 else { return input.sorted() }
        let bits = 12
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for value in input { starts[Int(value >> UInt64(64 - bits)) + 1] += 1 }
        var longest = 0
        for index in 1..<starts.count {
            longest = max(longest, starts[index])
            starts[index] += starts[index - 1]
        }
        return [UInt64](unsafeUninitializedCapacity: input.count) { output, initialized in
            var next = starts
            for value in input {
                let run = Int(value >> UInt64(64 - bits))
                output[next[run]] = value
                next[run] += 1
            }
            let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: longest)
            let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 257)
            defer {
                scratch.deallocate()
                counts.deallocate()
            }
            for run in 0..<(1 << bits) where starts[run + 1] - starts[run] > 1 {
                sortRun(UnsafeMutableBufferPointer(rebasing: output[starts[run]..<starts[run + 1]]), shift: UInt64(64 - bits - 8), scratch: scratch, counts: counts)
            }
            initialized = input.count
        }
    }

    /// One run of `sortedSpread`. A short one by insertion; a longer one dealt by its
    /// next eight bits into `scratch` and back, which leaves only a number or two out of
    /// place for insertion to mend. The standard sort (a merge sort, several times
    /// slower on these runs) only where that would leave long stretches to insert into:
    /// a very long run, or one whose next eight bits bunch together.
    private static func sortRun(
        _ run: UnsafeMutableBufferPointer<UInt64>, shift: UInt64, scratch: UnsafeMutableBufferPointer<UInt64>,
        counts: UnsafeMutableBufferPointer<Int>
    ) {
        guard run.count > 24 else { return insertionSort(run) }
        var whole = run
        guard run.count <= 2048 else { return whole.sort() }
        counts.update(repeating: 0)
        var fullest = 0
        for value in run {
            let digit = Int((value >> shift) & 0xFF) + 1
            counts[digit] += 1
            fullest = max(fullest, counts[digit])
        }
        guard fullest <= 32 else { return whole.sort() }
        for digit in 1...256 { counts[digit] += counts[digit - 1] }
        for value in run {
            let digit = Int((value >> shift) & 0xFF)
            scratch[counts[digit]] = value
            counts[digit] += 1
        }
        _ = run.update(fromContentsOf: scratch[0..<run.count])
        insertionSort(run)
    }

    private static func insertionSort(_ values: UnsafeMutableBufferPointer<UInt64>) {
        guard values.count > 1 else { return }
        for index in 1..<values.count {
            let value = values[index]
            var place = index
            while place > 0, values[place - 1] > value {
                values[place] = values[place - 1]
                place -= 1
            }
            values[place] = value
        }
    }

    /// Signed numbers, by flipping the sign bit so that negatives sort first.
    public static func sorted(_ input: [Int64]) -> [Int64] {
        sorted(input.map { UInt64(bitPattern: $0) ^ (1 << 63) }).map { Int64(bitPattern: $0 ^ (1 << 63)) }
    }
}
