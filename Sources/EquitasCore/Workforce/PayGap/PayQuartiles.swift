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
    /// (The ranking and sharing are `GroupQuartiles`'s, with two groups.)
    public static func bands(_ employees: [(rate: Decimal, isMale: Bool)]) -> [QuartileBand] {
        let counts = GroupQuartiles.counts(employees.map { (rate: $0.rate, group: $0.isMale ? "male" : "female") })
        return zip(bandSizes(count: employees.count), counts).map { size, band in
            QuartileBand(size: size, men: band["male"] ?? 0, women: band["female"] ?? 0)
        }
    }
}

extension PayQuartiles {
    /// The same bands from rates already ranked, each key a rate with 1 in its lowest bit
    /// for a man. A run of equal rates inside one band adds whole people, counted as
    /// integers; only a run across a boundary adds the fractional shares, in `Decimal`,
    /// exactly as `GroupQuartiles.counts` does.
    static func bands(rankedKeys ranked: [UInt64]) -> [QuartileBand] {
        let sizes = bandSizes(count: ranked.count)
        var bands = sizes.map { QuartileBand(size: $0) }
        var wholeMen = [Int](repeating: 0, count: 4), wholeWomen = [Int](repeating: 0, count: 4)
        var start = 0
        var index = 0
        while index < ranked.count {
            let rate = ranked[index] >> 1
            var end = index
            var menInRun = 0
            while end < ranked.count, ranked[end] >> 1 == rate {
                menInRun += Int(ranked[end] & 1)
                end += 1
            }
            let total = end - index
            var bandStart = 0
            for band in 0..<4 {
                let overlap = min(start + total, bandStart + sizes[band]) - max(start, bandStart)
                bandStart += sizes[band]
                guard overlap > 0 else { continue }
                if overlap == total {
                    wholeMen[band] += menInRun
                    wholeWomen[band] += total - menInRun
                } else {
                    bands[band].men += Decimal(wholeMen[band])
                    bands[band].women += Decimal(wholeWomen[band])
                    bands[band].men += Decimal(overlap) * Decimal(menInRun) / Decimal(total)
                    bands[band].women += Decimal(overlap) * Decimal(total - menInRun) / Decimal(total)
                    wholeMen[band] = 0
                    wholeWomen[band] = 0
                }
            }
            start += total
            index = end
        }
        for band in 0..<4 {
            bands[band].men += Decimal(wholeMen[band])
            bands[band].women += Decimal(wholeWomen[band])
        }
        return bands
    }
}
