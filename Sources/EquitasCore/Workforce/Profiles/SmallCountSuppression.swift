/// Which counts to hide before publishing. A count of one to nine people (under
/// `GroupPayGap.minimumGroupSize`, the rule the pay gap figures use) could point to
/// particular colleagues, so it is hidden. When only one count in a set is hidden and
/// the set's total is published, subtraction would give it back, so the next smallest
/// count above zero is hidden too. A count of nobody is shown: it identifies no one.
enum SmallCountSuppression {
    static func isSmall(_ count: Int) -> Bool { count > 0 && count < GroupPayGap.minimumGroupSize }

    /// For each count, whether to hide it.
    static func hidden(_ counts: [Int]) -> [Bool] {
        var hidden = counts.map(isSmall)
        if hidden.filter({ $0 }).count == 1,
           let next = counts.indices.filter({ !hidden[$0] && counts[$0] > 0 }).min(by: { counts[$0] < counts[$1] }) {
            hidden[next] = true
        }
        return hidden
    }
}
