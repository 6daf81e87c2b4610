import Foundation

/// The six statutory gender pay gap figures at one snapshot date, with the counts that
/// say how many people they rest on. Every percentage has one decimal place. Property
/// names are camelCase; `JSONCoding` writes them as snake_case (`mean_hourly_gap`…),
/// like every other Core type.
public struct GenderPayGapReport: Codable, Equatable, Sendable {
    public var snapshot: CalendarDate
    /// Men and women counted at all (sex recorded as male or female).
    public var relevantEmployees: Int
    /// Relevant employees on full pay with an hourly rate: the hourly gaps and quartiles.
    public var fullPayRelevantEmployees: Int
    /// Positive when men are paid more. Nil when men or women have nobody to count.
    public var meanHourlyGap: Decimal?
    public var medianHourlyGap: Decimal?
    /// Over those paid a bonus in the twelve months; nil when either sex has nobody paid one.
    public var meanBonusGap: Decimal?
    public var medianBonusGap: Decimal?
    /// "male" and "female": the share of each sex's relevant employees paid a bonus. A
    /// key is absent when that sex has no relevant employees.
    public var bonusProportion: [String: Decimal]
    /// Four bands, lowest paid first, each `{"male": %, "female": %}` adding to 100
    /// (empty for a band with nobody in it).
    public var quartiles: [[String: Decimal]]
    /// Records left out, by `PayGapExclusion` raw value.
    public var excluded: [String: Int]
    /// The rule every output states. The statutory figures themselves are published in
    /// full on whole sex groups, as Schedule 1 to the 2017 regulations requires; the
    /// rule says so. Optional so that figures stored before it still read.
    public var disclosureControl: DisclosureControl?

    public init(
        snapshot: CalendarDate, relevantEmployees: Int, fullPayRelevantEmployees: Int,
        meanHourlyGap: Decimal?, medianHourlyGap: Decimal?, meanBonusGap: Decimal?, medianBonusGap: Decimal?,
        bonusProportion: [String: Decimal], quartiles: [[String: Decimal]], excluded: [String: Int],
        disclosureControl: DisclosureControl? = .standard
    ) {
        self.snapshot = snapshot
        self.relevantEmployees = relevantEmployees
        self.fullPayRelevantEmployees = fullPayRelevantEmployees
        self.meanHourlyGap = meanHourlyGap
        self.medianHourlyGap = medianHourlyGap
        self.meanBonusGap = meanBonusGap
        self.medianBonusGap = medianBonusGap
        self.bonusProportion = bonusProportion
        self.quartiles = quartiles
        self.excluded = excluded
        self.disclosureControl = disclosureControl
    }
}
