/// A small seeded pseudo-random generator (Steele, Lea and Flood's SplitMix64), written
/// here rather than taken from the standard library so that a seed gives the same
/// numbers on every platform and every Swift version: synthetic data must not change
/// under a benchmark or a demo when the toolchain does.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in 0..<bound, by multiplying rather than by `%` (the bias is
    /// below one in 2^32 for the small bounds used here).
    public mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in [0, 1) with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One of the values, each as likely as its weight (weights need not add to 1).
    public mutating func pick<Value>(_ weighted: [(Value, Double)]) -> Value {
        let total = weighted.reduce(0) { $0 + $1.1 }
        var point = unit() * total
        for (value, weight) in weighted {
            if point < weight { return value }
            point -= weight
        }
        return weighted[weighted.count - 1].0
    }
}
