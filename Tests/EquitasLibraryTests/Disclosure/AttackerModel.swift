import Foundation

/// What an attacker knows from published tables: unknown cells (counts of staff, zero or
/// more), the equations the tables' totals give, and the ranges a rounded percentage of
/// a known total gives. The true values ride along so the test can check that every
/// constraint read from an output really holds, which keeps the model honest.
struct AttackerModel {
    private(set) var names: [String] = []
    private(set) var truth: [Double] = []
    private(set) var integer: [Bool] = []
    private(set) var equations: [(terms: [Int: Double], value: Double)] = []
    private(set) var ranges: [(terms: [Int: Double], low: Double, high: Double)] = []
    private var index: [String: Int] = [:]
    /// Cells an output states on their own (a count, or a share of a known total).
    private(set) var shown: Set<Int> = []
    /// Cells an output marks as not published.
    private(set) var withheld: Set<Int> = []

    mutating func markWithheld(_ cell: Int) { withheld.insert(cell) }

    /// The unknown called `name`, added the first time with its true value.
    mutating func unknown(_ name: String, truth value: Double, integer: Bool = true) -> Int {
        if let found = index[name] { return found }
        index[name] = names.count
        names.append(name)
        truth.append(value)
        self.integer.append(integer)
        return names.count - 1
    }

    func find(_ name: String) -> Int? { index[name] }

    mutating func equal(_ cells: [Int], _ value: Double, minus: [Int] = []) {
        var terms: [Int: Double] = [:]
        for cell in cells { terms[cell, default: 0] += 1 }
        for cell in minus { terms[cell, default: 0] -= 1 }
        if cells.count == 1, minus.isEmpty { shown.insert(cells[0]) }
        equations.append((terms, value))
    }

    /// A percentage published to one decimal place of a total the attacker knows.
    mutating func share(_ cells: [Int], percent: Decimal, of total: Double) {
        let p = NSDecimalNumber(decimal: percent).doubleValue
        var terms: [Int: Double] = [:]
        for cell in cells { terms[cell, default: 0] += 1 }
        if cells.count == 1 { shown.insert(cells[0]) }
        ranges.append((terms, (p - 0.05) * total / 100 - 1e-9, (p + 0.05) * total / 100 + 1e-9))
    }

    /// Constraints the true values break: each one means the model misread an output.
    func brokenByTruth() -> [String] {
        var broken: [String] = []
        for (terms, value) in equations {
            let sum = terms.reduce(0) { $0 + $1.value * truth[$1.key] }
            if abs(sum - value) > 1e-6 { broken.append("\(terms.keys.map { names[$0] }) = \(value), truly \(sum)") }
        }
        for (terms, low, high) in ranges {
            let sum = terms.reduce(0) { $0 + $1.value * truth[$1.key] }
            if sum < low - 1e-6 || sum > high + 1e-6 { broken.append("\(terms.keys.map { names[$0] }) in \(low)…\(high), truly \(sum)") }
        }
        return broken
    }

    /// Each unknown no published number states on its own, with the least and greatest
    /// value the published constraints allow it (rounded inward for head counts); one the
    /// equations alone determine (by subtraction) comes back as a range of one value.
    func hiddenRanges() -> [(name: String, truth: Double, low: Double, high: Double)] {
        // Substitute what is published outright, so the programs stay small.
        var known: [Int: Double] = [:]
        var changed = true
        while changed {
            changed = false
            for (terms, value) in equations {
                let open = terms.filter { known[$0.key] == nil && $0.value != 0 }
                guard open.count == 1, let (cell, coefficient) = open.first else { continue }
                let rest = terms.reduce(0.0) { sum, term in sum + (known[term.key].map { term.value * $0 } ?? 0) }
                known[cell] = (value - rest) / coefficient
                changed = true
            }
        }
        let free = names.indices.filter { known[$0] == nil }
        let column = Dictionary(uniqueKeysWithValues: free.enumerated().map { ($1, $0) })
        var program = LinearBounds(columns: free.count)
        func reduce(_ terms: [Int: Double]) -> (terms: [Int: Double], constant: Double) {
            var open: [Int: Double] = [:], constant = 0.0
            for (cell, coefficient) in terms {
                if let value = known[cell] { constant += coefficient * value } else { open[column[cell]!, default: 0] += coefficient }
            }
            return (open, constant)
        }
        for (terms, value) in equations {
            let reduced = reduce(terms)
            if !reduced.terms.isEmpty { program.equal(reduced.terms, value - reduced.constant) }
        }
        for (terms, low, high) in ranges {
            let reduced = reduce(terms)
            if !reduced.terms.isEmpty { program.within(reduced.terms, low - reduced.constant, high - reduced.constant) }
        }
        let determined = known.filter { !shown.contains($0.key) }.map { (names[$0.key], truth[$0.key], $0.value, $0.value) }
        return determined + free.map { cell in
            let j = column[cell]!
            var low: Double, high: Double
            switch program.bound(j, maximise: false) {
            case .optimal(let value): low = value
            default: low = -.infinity
            }
            switch program.bound(j, maximise: true) {
            case .optimal(let value): high = value
            default: high = .infinity
            }
            if integer[cell] {
                low = (low - 1e-6).rounded(.up)
                high = (high + 1e-6).rounded(.down)
            }
            return (names[cell], truth[cell], low, high)
        }
    }

}
