import Foundation

/// Pay quartiles for any number of groups. The two-group `PayQuartiles` used for the
/// gender pay gap is left as it is (its published percentages are forced to add to 100,
/// which has no single right answer for three or more groups); this follows the same
/// ranking, band sizes and tie rule.
public enum GroupQuartiles {
    /// Each band's (fractional) head count per group, lowest band first. A run of equal
    /// rates fills the places it occupies in the ranking; where that run spans more than
    /// one band, every place it fills holds each group in its proportion of the run, so
    /// the order of the rows never decides who lands in which band.
    public static func counts(_ employees: [(rate: Decimal, group: String)]) -> [[String: Decimal]] {
        let sizes = PayQuartiles.bandSizes(count: employees.count)
        let names = Set(employees.map(\.group))
        var bands = sizes.map { size in size > 0 ? Dictionary(uniqueKeysWithValues: names.map { ($0, Decimal(0)) }) : [:] }
        var starts: [Int] = []
        var running = 0
        for size in sizes {
            starts.append(running)
            running += size
        }
        let ranked = employees.sorted { $0.rate < $1.rate }
        var position = 0
        var index = 0
        while index < ranked.count {
            var end = index
            while end < ranked.count, ranked[end].rate == ranked[index].rate { end += 1 }
            var inRun: [String: Int] = [:]
            for employee in ranked[index..<end] { inRun[employee.group, default: 0] += 1 }
            let total = Decimal(end - index)
            let runEnd = position + (end - index)
            for band in bands.indices {
                let overlap = min(runEnd, starts[band] + sizes[band]) - max(position, starts[band])
                guard overlap > 0 else { continue }
                for (group, count) in inRun { bands[band][group, default: 0] += Decimal(overlap) * Decimal(count) / total }
            }
            position = runEnd
            index = end
        }
        return bands
    }

    /// Each group's share of each band as a percentage to one decimal place. Each share
    /// is rounded on its own, so with three or more groups a band may add to 99.9 or 100.1.
    public static func percentages(_ employees: [(rate: Decimal, group: String)]) -> [[String: Decimal]] {
        let sizes = PayQuartiles.bandSizes(count: employees.count)
        return zip(counts(employees), sizes).map { band, size in
            band.compactMapValues { PayGapMethod.percentage($0, of: Decimal(size)) }
        }
    }
}
