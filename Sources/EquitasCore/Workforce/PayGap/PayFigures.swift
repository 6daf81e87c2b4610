import Foundation

/// The mean and median of one group's amounts, as `PayGapMethod.mean` and `.median`
/// give them, computed on whole numbers of pence (or finer) when every amount can be
/// held exactly that way, and in `Decimal` otherwise. Both ways give the same figures.
struct PayFigures {
    var mean: Decimal?
    var median: Decimal?

    init(_ amounts: [Decimal]) {
        if let scaled = ScaledAmounts(amounts) {
            self.init(sorted: RadixSort.sorted(scaled.values), scale: scaled)
        } else {
            self.init(mean: PayGapMethod.mean(amounts), median: PayGapMethod.median(amounts))
        }
    }

    init(sorted values: [Int64], scale: ScaledAmounts) {
        self.init(mean: ScaledAmounts.mean(values, scale: scale), median: ScaledAmounts.median(sorted: values, scale: scale))
    }

    init(mean: Decimal?, median: Decimal?) {
        self.mean = mean
        self.median = median
    }
}

/// Men's and women's hourly figures and the four quartile bands, from one ranking.
struct HourlyPayFigures {
    var men: PayFigures
    var women: PayFigures
    var quartiles: [QuartileBand]

    init(rates: [Decimal], isMale: [Bool]) {
        guard let scaled = ScaledAmounts(rates), scaled.values.allSatisfy({ $0 >= 0 }) else {
            men = PayFigures(zip(rates, isMale).filter(\.1).map(\.0))
            women = PayFigures(zip(rates, isMale).filter { !$0.1 }.map(\.0))
            quartiles = PayQuartiles.bands(zip(rates, isMale).map { (rate: $0.0, isMale: $0.1) })
            return
        }
        // Rank once: the rate with the sex in the lowest bit, so equal rates stay together.
        var keys = [UInt64](repeating: 0, count: rates.count)
        for index in keys.indices { keys[index] = UInt64(scaled.values[index]) << 1 | (isMale[index] ? 1 : 0) }
        let ranked = RadixSort.sorted(keys)
        var menRates: [Int64] = [], womenRates: [Int64] = []
        for key in ranked {
            if key & 1 == 1 { menRates.append(Int64(key >> 1)) } else { womenRates.append(Int64(key >> 1)) }
        }
        men = PayFigures(sorted: menRates, scale: scaled)
        women = PayFigures(sorted: womenRates, scale: scaled)
        quartiles = PayQuartiles.bands(rankedKeys: ranked)
    }
}
