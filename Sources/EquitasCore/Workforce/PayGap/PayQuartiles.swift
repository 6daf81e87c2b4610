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
