import EquitasCore
import Foundation

/// Every criterion gets one score from the scale and the scores are added up, so the
/// possible totals are known in advance; the bands must share them out with no total
/// in two bands and none in no band.
extension FrameworkValidator {
    mutating func checkScoring(_ scoring: ScoringScheme) {
        var firstScore: [Int: Int] = [:]
        for (index, point) in scoring.scale.enumerated() {
            if let earlier = firstScore[point.score] {
                let other = "scoring.scale[\(earlier)].score"
                diagnostics.report("scoring.scale[\(index)].score", "duplicate score \(point.score) (first used at \(other), line \(diagnostics.line(of: other)))")
            } else {
                firstScore[point.score] = index
            }
        }

        var wellFormed = true
        for (index, band) in scoring.bands.enumerated() where band.minimum > band.maximum {
            diagnostics.report("scoring.bands[\(index)].maximum", "maximum \(band.maximum) is below minimum \(band.minimum)")
            wellFormed = false
        }
        guard wellFormed else { return }
        checkOverlaps(scoring.bands)
        checkCoverage(scoring)
    }

    private mutating func checkOverlaps(_ bands: [GradeBand]) {
        for (later, band) in bands.enumerated() {
            for (earlier, other) in bands[..<later].enumerated() {
                let low = max(band.minimum, other.minimum), high = min(band.maximum, other.maximum)
                guard low <= high else { continue }
                diagnostics.report(
                    "scoring.bands[\(later)].minimum",
                    "\(Self.totals(low, high, "is", "are")) also in scoring.bands[\(earlier)] (\(Self.range(other.minimum, other.maximum)))"
                )
            }
        }
    }

    private mutating func checkCoverage(_ scoring: ScoringScheme) {
        let criteria = framework.modules.reduce(0) { $0 + $1.criteria.count }
        guard let scores = scoring.validScores, criteria > 0, !scoring.bands.isEmpty else { return }
        let lowest = scores.lowerBound * criteria, highest = scores.upperBound * criteria
        var gaps: [ClosedRange<Int>] = []
        for total in lowest...highest where scoring.band(forTotal: total) == nil {
            if let last = gaps.last, last.upperBound == total - 1 {
                gaps[gaps.count - 1] = last.lowerBound...total
            } else {
                gaps.append(total...total)
            }
        }
        for gap in gaps {
            diagnostics.report(
                "scoring.bands",
                "no band covers \(Self.totals(gap.lowerBound, gap.upperBound)) (\(criteria) criteria scored \(scores.lowerBound) to \(scores.upperBound) give totals \(lowest) to \(highest))"
            )
        }
    }

    private static func range(_ low: Int, _ high: Int) -> String { low == high ? "\(low)" : "\(low) to \(high)" }

    /// "total 8", "totals 8 to 9", with the verb to match when one is given.
    private static func totals(_ low: Int, _ high: Int, _ one: String = "", _ many: String = "") -> String {
        let text = low == high ? "total \(low) \(one)" : "totals \(low) to \(high) \(many)"
        return text.trimmingCharacters(in: .whitespaces)
    }
}
