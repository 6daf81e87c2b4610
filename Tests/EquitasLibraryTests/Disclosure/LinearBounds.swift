/// The attacker's tool: the smallest and largest value one unknown can take, given linear
/// equations and ranges over unknowns that are all zero or more. A dense two-phase simplex
/// (Bland's rule, so it cannot cycle), small enough to read, for tables of a few hundred
/// cells. Tables tied by row and column sums with box bounds have integral vertices, so
/// for head counts the linear bounds are the integer bounds; the tests round them inward.
struct LinearBounds {
    let columns: Int
    /// Σ terms + slackSign × (a slack of its own) = value; slackSign 0 for an equation.
    private var constraints: [(terms: [Int: Double], slackSign: Double, value: Double)] = []

    init(columns: Int) {
        self.columns = columns
    }

    /// Σ terms = value.
    mutating func equal(_ terms: [Int: Double], _ value: Double) {
        constraints.append((terms, 0, value))
    }

    /// low ≤ Σ terms ≤ high.
    mutating func within(_ terms: [Int: Double], _ low: Double, _ high: Double) {
        constraints.append((terms, -1, low))
        constraints.append((terms, 1, high))
    }

    enum Outcome: Equatable { case infeasible, unbounded, optimal(Double) }

    /// The least value of the unknown `column`, or with `maximise` the greatest.
    func bound(_ column: Int, maximise: Bool) -> Outcome {
        let slackCount = constraints.filter { $0.slackSign != 0 }.count
        let width = columns + slackCount
        var matrix: [[Double]] = []
        var right: [Double] = []
        var slack = columns
        for constraint in constraints {
            var row = [Double](repeating: 0, count: width)
            for (j, value) in constraint.terms { row[j] += value }
            if constraint.slackSign != 0 {
                row[slack] = constraint.slackSign
                slack += 1
            }
            matrix.append(row)
            right.append(constraint.value)
        }
        var cost = [Double](repeating: 0, count: width)
        cost[column] = maximise ? -1 : 1
        switch Simplex.minimise(cost, matrix, right) {
        case .infeasible: return .infeasible
        case .unbounded: return .unbounded
        case .optimal(let value): return .optimal(maximise ? -value : value)
        }
    }
}

/// Minimise c·x subject to A x = b, x ≥ 0.
enum Simplex {
    static let epsilon = 1e-9

    static func minimise(_ cost: [Double], _ a: [[Double]], _ b: [Double]) -> LinearBounds.Outcome {
        let m = a.count, n = cost.count
        guard m > 0 else { return cost.allSatisfy { $0 >= 0 } ? .optimal(0) : .unbounded }
        // Tableau: the unknowns, then one artificial per row, then the right-hand side.
        var t = [[Double]](repeating: [Double](repeating: 0, count: n + m + 1), count: m)
        var basis = [Int](repeating: 0, count: m)
        for i in 0..<m {
            let sign: Double = b[i] < 0 ? -1 : 1
            for j in 0..<n { t[i][j] = sign * a[i][j] }
            t[i][n + i] = 1
            t[i][n + m] = sign * b[i]
            basis[i] = n + i
        }
        var active = Array(0..<m)
        func pivot(_ row: Int, _ column: Int) {
            let p = t[row][column]
            for j in t[row].indices { t[row][j] /= p }
            for i in active where i != row {
                let factor = t[i][column]
                guard abs(factor) > epsilon else { continue }
                for j in t[i].indices { t[i][j] -= factor * t[row][j] }
            }
            basis[row] = column
        }
        /// Runs the simplex on `costs` over the columns `allowed` may enter; false when unbounded.
        func run(_ costs: [Double], allowed: (Int) -> Bool) -> Bool {
            while true {
                var entering: Int?
                for j in 0..<(n + m) where allowed(j) && !active.contains(where: { basis[$0] == j }) {
                    var reduced = costs[j]
                    for i in active { reduced -= costs[basis[i]] * t[i][j] }
                    if reduced < -epsilon {
                        entering = j
                        break
                    }
                }
                guard let column = entering else { return true }
                var leaving: Int?
                var best = Double.infinity
                for i in active where t[i][column] > epsilon {
                    let ratio = t[i][n + m] / t[i][column]
                    if ratio < best - epsilon || (abs(ratio - best) <= epsilon && basis[i] < basis[leaving!]) {
                        best = ratio
                        leaving = i
                    }
                }
                guard let row = leaving else { return false }
                pivot(row, column)
            }
        }
        var phaseOne = [Double](repeating: 0, count: n + m)
        for j in n..<(n + m) { phaseOne[j] = 1 }
        _ = run(phaseOne, allowed: { _ in true })
        let infeasibility = active.reduce(0) { $0 + (basis[$1] >= n ? t[$1][n + m] : 0) }
        guard infeasibility < 1e-7 else { return .infeasible }
        // Drive artificials still in the basis out; a row with no other entry is redundant.
        for i in active where basis[i] >= n {
            if let column = (0..<n).first(where: { abs(t[i][$0]) > epsilon }) {
                pivot(i, column)
            } else {
                active.removeAll { $0 == i }
            }
        }
        var phaseTwo = cost + [Double](repeating: 0, count: m)
        for j in n..<(n + m) { phaseTwo[j] = 0 }
        guard run(phaseTwo, allowed: { $0 < n }) else { return .unbounded }
        var value = 0.0
        for i in active { value += phaseTwo[basis[i]] * t[i][n + m] }
        return .optimal(value)
    }
}
