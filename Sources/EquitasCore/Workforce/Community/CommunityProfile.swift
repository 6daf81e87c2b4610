import Foundation

/// The people a council serves, as census percentages for its area: what its
/// workforce is compared with. Imported from a CSV of `characteristic,group,percent`
/// rows; characteristics and groups are matched to a staff list's by name, ignoring
/// case and surrounding spaces.
public struct CommunityProfile: Codable, Equatable, Sendable {
    public var organisationId: UUID
    /// "Wyvern Vale local authority area".
    public var area: String
    /// "Census 2021 (ONS)": where the figures come from, printed under every comparison.
    public var source: String
    public var entries: [CommunityProfileEntry]

    public init(organisationId: UUID, area: String, source: String, entries: [CommunityProfileEntry]) {
        self.organisationId = organisationId
        self.area = area
        self.source = source
        self.entries = entries
    }
}

/// One group's share of the area's population: ("ethnicity", "Asian or Asian British", 7.4).
public struct CommunityProfileEntry: Codable, Equatable, Sendable {
    /// A staff list's column name: `sex`, `ethnicity`, `disability`, `age_band`…
    public var characteristic: String
    public var group: String
    /// Of the area's population, 0 to 100.
    public var percent: Decimal

    public init(characteristic: String, group: String, percent: Decimal) {
        self.characteristic = characteristic
        self.group = group
        self.percent = percent
    }
}
