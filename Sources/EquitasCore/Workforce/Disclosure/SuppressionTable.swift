/// Cells of counts and the sums that tie them, from which to choose which cells to hide.
/// A cell of one to threshold − 1 people is hidden (primary suppression). Then, until
/// nothing changes, every sum with a hidden cell in it must hide at least two cells, and
/// its hidden parts must come to at least the threshold (a hidden total is only as
/// uncertain as its hidden parts): if not, the smallest cell still shown in that sum is
/// hidden too (secondary suppression), so a hidden number can neither be had by
/// subtraction nor pinned to a narrow range.
/// Only the aggregated counts go in, never the staff records.
struct SuppressionTable<Key: Hashable> {
    private(set) var keys: [Key] = []
    private var index: [Key: Int] = [:]
    private(set) var values: [Double] = []
    /// Totals shown whatever happens (a grade's headcount, a quartile's size): never hidden.
    private var fixed: [Bool] = []
    private var sums: [(parts: [Int], whole: Int)] = []
    private var links: [(key: Int, others: [Int])] = []
    private var withheld: Set<Int> = []

    /// Adds a cell (or, for a key already added, keeps the first value).
    mutating func cell(_ key: Key, _ value: Double, fixed: Bool = false) {
        guard index[key] == nil else { return }
        index[key] = keys.count
        keys.append(key)
        values.append(value)
        self.fixed.append(fixed)
    }

    /// `parts` add up to `whole`; every key must have been added.
    mutating func sum(_ parts: [Key], equals whole: Key) {
        sums.append((parts.compactMap { index[$0] }, index[whole]!))
    }

    func value(_ key: Key) -> Double? { index[key].map { values[$0] } }

    /// When `key` is hidden, every cell of `others` with anyone in it is hidden too.
    mutating func hideTogether(_ key: Key, with others: [Key]) {
        guard let cell = index[key] else { return }
        links.append((cell, others.compactMap { index[$0] }))
    }

    /// Hides these cells whatever their size, nobody (zero) included: a whole table
    /// that must not go out.
    mutating func withhold(_ keys: [Key]) {
        withheld.formUnion(keys.compactMap { index[$0] })
    }

    /// The cells to hide.
    func hidden(_ control: DisclosureControl) -> Set<Key> {
        let threshold = Double(control.threshold)
        var hidden = values.indices.map { withheld.contains($0) || (!fixed[$0] && control.isSmall(values[$0])) }
        var changed = true
        while changed {
            changed = false
            for link in links where hidden[link.key] {
                for other in link.others where !hidden[other] && !fixed[other] && values[other] > 0 {
                    hidden[other] = true
                    changed = true
                }
            }
            for sum in sums {
                let hiddenParts = sum.parts.filter { hidden[$0] }
                let hiddenCount = hiddenParts.count + (hidden[sum.whole] ? 1 : 0)
                guard hiddenCount > 0 else { continue }
                // Quartile counts are fractions (tied rates are shared), so allow for rounding.
                let partsEnough = hiddenParts.reduce(0) { $0 + values[$1] } >= threshold - 1e-9
                guard hiddenCount < 2 || !partsEnough else { continue }
                let shown = sum.parts.filter { !hidden[$0] && !fixed[$0] && values[$0] > 0 }
                if let next = shown.min(by: { values[$0] < values[$1] }) {
                    hidden[next] = true
                    changed = true
                } else if !hidden[sum.whole], !fixed[sum.whole], values[sum.whole] > 0 {
                    hidden[sum.whole] = true
                    changed = true
                }
            }
        }
        return Set(keys.indices.filter { hidden[$0] }.map { keys[$0] })
    }
}
