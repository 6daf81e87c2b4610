import Foundation

/// Splits full-pay relevant employees, ranked by hourly rate, into four pay quartiles.
public enum PayQuartiles {
    /// Four band sizes, lowest band first, as equal as possible. When the count is not a
    /// multiple of four the one to three extra employees go one each to the lowest bands
    /// first (10 → 3, 3, 2, 2; 7 → 2, 2, 2, 1). The regulations ask only for four equal
    /// sized groups; this is Equitas's fixed choice so the same list always gives the
    /// same bands.
    public static func bandSizes(count: Int) -> [Int] {
        let base = max(count, 0) / 4
        let extra = max(count, 0) % 4
        return (0..<4).map { base + ($0 < extra ? 1 : 0) }
    }

    /// The four bands, lowest first, for employees given as (hourly rate, is a man). Each
    /// run of equal rates fills the places it occupies in the ranking; where that run
    /// spans two or more bands, every place it fills holds men and women in the run's
    /// own ratio, so that ordering within a tie never decides who lands in which band.
    public static func bands(_ employees: [(rate: Decimal, isMale: Bool)]) -> [QuartileBand] {
        let sizes = bandSizes(count: employees.count)
        var bands = sizes.map { QuartileBand(size: $0) }
        // Each band's places as a half-open range of ranking positions.
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
            let run = ranked[index..<end]
            let men = Decimal(run.filter(\.isMale).count)
            let total = Decimal(run.count)
            let runEnd = position + run.count
            for band in bands.indices {
                let overlap = min(runEnd, starts[band] + sizes[band]) - max(position, starts[band])
                guard overlap > 0 else { continue }
                let places = Decimal(overlap)
                bands[band].men += places * men / total
                bands[band].women += places * (total - men) / total
            }
            position = runEnd
            index = end
        }
        return bands
    }
}
