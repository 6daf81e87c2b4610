import Foundation

/// What the gender pay gap figures need of a staff list and nothing more: how many men
/// and women, who was left out and why, each bonus paid, and each full-pay rate with the
/// person's sex. A reader that knows the figures are all that is wanted (`equitas paygap
/// --by sex` on a large CSV file) fills one of these row by row, with amounts as whole
/// numbers, instead of building a `StaffRecord` per row; `GenderPayGap.report(_:)` then
/// gives exactly the figures the records would.
///
/// Amounts are whole numbers of millionths of a pound (`unitDigits`), and for each list
/// of amounts the most decimal places any non-zero amount was written with, so that the
/// figures can be worked in the same unit `ScaledAmounts` would choose for the records.
public struct PayGapTally: Sendable, Equatable {
    /// Amounts are held in units of 10^-unitDigits pounds.
    public static let unitDigits = 6

    public var men = 0
    public var women = 0
    /// By `PayGapExclusion` (its position in `allCases`).
    public var excluded = [Int](repeating: 0, count: PayGapExclusion.allCases.count)
    public var menBonuses: [Int64] = []
    public var womenBonuses: [Int64] = []
    /// Each full-pay rate shifted left one bit, the lowest bit 1 for a man.
    public var rateKeys: [UInt64] = []
    /// The most decimal places of a non-zero amount in each list.
    public var rateDecimals = 0
    public var bonusDecimals = (men: 0, women: 0)

    public init() {}

    public static func == (left: PayGapTally, right: PayGapTally) -> Bool {
        left.men == right.men && left.women == right.women && left.excluded == right.excluded && left.menBonuses == right.menBonuses
            && left.womenBonuses == right.womenBonuses && left.rateKeys == right.rateKeys && left.rateDecimals == right.rateDecimals
            && left.bonusDecimals == right.bonusDecimals
    }

    /// Where a recorded sex puts a person in the figures.
    public enum Place: Equatable, Sendable {
        case man
        case woman
        case left(PayGapExclusion)

        public init(_ recorded: CharacteristicValue) {
            switch PayGapSex.classify(recorded) {
            case .success(let sex): self = sex == .male ? .man : .woman
            case .failure(let reason): self = .left(reason)
            }
        }
    }

    /// One employee. `rate` and `bonus` are in units, with the decimal places they were
    /// written with; a rate is needed only on full pay.
    public mutating func add(_ place: Place, fullPay: Bool, rate: (units: Int64, decimals: Int), bonus: (units: Int64, decimals: Int)) {
        let isMale: Bool
        switch place {
        case .man: isMale = true
        case .woman: isMale = false
        case .left(let reason):
            excluded[Self.position(reason)] += 1
            return
        }
        if isMale { men += 1 } else { women += 1 }
        if bonus.units > 0 {
            if isMale {
                menBonuses.append(bonus.units)
                bonusDecimals.men = max(bonusDecimals.men, bonus.decimals)
            } else {
                womenBonuses.append(bonus.units)
                bonusDecimals.women = max(bonusDecimals.women, bonus.decimals)
            }
        }
        guard fullPay else { return }
        rateKeys.append(UInt64(rate.units) << 1 | (isMale ? 1 : 0))
        if rate.units != 0 { rateDecimals = max(rateDecimals, rate.decimals) }
    }

    /// Another part of the same list (the second half of a file read on two cores).
    public mutating func merge(_ other: PayGapTally) {
        men += other.men
        women += other.women
        for index in excluded.indices { excluded[index] += other.excluded[index] }
        menBonuses += other.menBonuses
        womenBonuses += other.womenBonuses
        rateKeys += other.rateKeys
        rateDecimals = max(rateDecimals, other.rateDecimals)
        bonusDecimals = (max(bonusDecimals.men, other.bonusDecimals.men), max(bonusDecimals.women, other.bonusDecimals.women))
    }

    public static func position(_ reason: PayGapExclusion) -> Int {
        PayGapExclusion.allCases.firstIndex(of: reason)!
    }

    /// A non-negative amount in units with its decimal places (as `ScaledAmounts` counts
    /// them: from the `Decimal`'s own exponent), or nil when it cannot be held exactly in
    /// units under 2^52 — the caller then reads the list the general way.
    public static func units(_ amount: Decimal) -> (units: Int64, decimals: Int)? {
        guard let parts = DecimalBits.parts(amount), !parts.negative || parts.mantissa == 0 else { return nil }
        guard parts.mantissa != 0 else { return (0, 0) }
        let shift = parts.exponent + unitDigits
        guard shift >= 0, shift <= 18 else { return nil }
        var power: UInt64 = 1
        for _ in 0..<shift { power *= 10 }
        let (product, overflow) = parts.mantissa.multipliedReportingOverflow(by: power)
        guard !overflow, product < 1 << 52 else { return nil }
        return (Int64(product), max(0, -parts.exponent))
    }
}
