import Foundation

/// The counts about pay that `DisclosurePlan` protects for one characteristic (ethnicity
/// or disability): per group, how many are on full pay with an hourly rate and how many
/// were paid a bonus, and each pay quartile's head count per group. Counts only, never
/// an amount. Quartile counts are fractions where tied rates share places
/// (`GroupQuartiles`); they are stored as exact decimal text.
public struct GroupPayTally: Equatable, Sendable {
    /// One per group, in `CharacteristicTally.groups` order.
    public var fullPay: [Int]
    public var bonus: [Int]
    /// Lowest quartile first; in each, one count per group.
    public var bands: [[Decimal]]
    /// Everyone who gave a group and is on full pay with an hourly rate.
    public var ranked: Int
    /// The group others are compared with when none is named.
    public var reference: String

    init(_ records: [StaffRecord], groupOfRecord: [Int], groups: [String], rates: [Decimal?], reference: String) {
        let keys = groups.map(ProfileGroupName.fold)
        fullPay = [Int](repeating: 0, count: groups.count)
        bonus = fullPay
        var ranked: [(rate: Decimal, group: String)] = []
        for (index, group) in groupOfRecord.enumerated() where group >= 0 {
            if records[index].bonusPay > 0 { bonus[group] += 1 }
            if let rate = rates[index] {
                fullPay[group] += 1
                ranked.append((rate, keys[group]))
            }
        }
        bands = GroupQuartiles.counts(Self.presorted(ranked)).map { band in keys.map { band[$0] ?? 0 } }
        self.ranked = ranked.count
        self.reference = reference
    }

    /// `ranked` in order of rate, ties in their order, sorted on exact whole numbers of
    /// the smallest unit when every rate has one (`ScaledAmounts`): `GroupQuartiles` sorts
    /// again, but an ordered list costs that sort one comparison a person rather than
    /// the `Decimal` comparisons that were most of counting a 100,000-row list.
    static func presorted(_ ranked: [(rate: Decimal, group: String)]) -> [(rate: Decimal, group: String)] {
        guard let scaled = ScaledAmounts(ranked.map(\.rate)) else { return ranked }
        return scaled.values.indices.sorted { scaled.values[$0] < scaled.values[$1] }.map { ranked[$0] }
    }
}

extension GroupPayTally: Codable {
    enum CodingKeys: String, CodingKey { case fullPay, bonus, bands, ranked, reference }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fullPay = try container.decode([Int].self, forKey: .fullPay)
        bonus = try container.decode([Int].self, forKey: .bonus)
        ranked = try container.decode(Int.self, forKey: .ranked)
        reference = try container.decode(String.self, forKey: .reference)
        bands = try container.decode([[String]].self, forKey: .bands).map { band in
            try band.map { text in
                guard let value = ExactDecimalText.decimal(text) else {
                    throw DecodingError.dataCorruptedError(forKey: .bands, in: container, debugDescription: "\"\(text)\" is not a number")
                }
                return value
            }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fullPay, forKey: .fullPay)
        try container.encode(bonus, forKey: .bonus)
        try container.encode(bands.map { $0.map(ExactDecimalText.text) }, forKey: .bands)
        try container.encode(ranked, forKey: .ranked)
        try container.encode(reference, forKey: .reference)
    }
}
