import Foundation

/// The workforce beside the people it serves, for one characteristic: each group's
/// share of the staff who disclosed against its share of the area's population, and
/// the difference in percentage points. Groups are matched by name ignoring case,
/// accents and spacing; a group found on only one side is kept and shown as absent on
/// the other, since a dropped row would hide a naming mismatch or a missing group.
public struct CommunityComparison: Codable, Equatable, Sendable {
    public var characteristic: StaffCharacteristic
    public var label: String
    public var area: String
    public var source: String
    /// The community's groups in the order its file lists them, then groups only the
    /// workforce has, largest first.
    public var rows: [ComparisonRow]

    public init(characteristic: StaffCharacteristic, label: String, area: String, source: String, rows: [ComparisonRow]) {
        self.characteristic = characteristic
        self.label = label
        self.area = area
        self.source = source
        self.rows = rows
    }

    /// Nil when the community profile has no figures for this characteristic.
    public static func build(_ profile: WorkforceProfile, community: CommunityProfile) -> CommunityComparison? {
        let entries = community.entries.filter { matches($0.characteristic, profile.characteristic) }
        guard !entries.isEmpty else { return nil }
        var rows: [ComparisonRow] = []
        var seen: Set<String> = []
        for entry in entries {
            // Read as the staff list's values are, so the census's "Yes" meets "disabled".
            let group = ProfileGroupName.group(entry.group, characteristic: profile.characteristic) ?? entry.group
            guard seen.insert(ProfileGroupName.fold(group)).inserted else { continue }
            rows.append(row(group, staff: profile.group(named: group), community: PayGapMethod.rounded(entry.percent)))
        }
        for group in profile.groups where seen.insert(ProfileGroupName.fold(group.group)).inserted {
            rows.append(row(group.group, staff: group, community: nil))
        }
        return CommunityComparison(
            characteristic: profile.characteristic, label: profile.label, area: community.area, source: community.source, rows: rows)
    }

    /// A community file's characteristic names this staff column: by folded name, and
    /// "race" or "ethnic group" for the `ethnicity` column.
    static func matches(_ name: String, _ characteristic: StaffCharacteristic) -> Bool {
        let folded = ProfileGroupName.fold(name.replacingOccurrences(of: "_", with: " "))
        let column = ProfileGroupName.fold(characteristic.column.replacingOccurrences(of: "_", with: " "))
        if folded == column { return true }
        return characteristic == .ethnicity && ["race", "ethnic group"].contains(folded)
    }

    private static func row(_ group: String, staff: ProfileGroup?, community: Decimal?) -> ComparisonRow {
        let presence: ComparisonRow.Presence = staff == nil ? .absent : (staff!.suppressed ? .suppressed : .present)
        let share = staff?.share
        let difference = share.flatMap { share in community.map { PayGapMethod.rounded(share - $0) } }
        return ComparisonRow(group: group, workforce: presence, workforcePercent: share, communityPercent: community, difference: difference)
    }
}

public struct ComparisonRow: Codable, Equatable, Sendable {
    /// Whether the workforce's share can be shown.
    public enum Presence: String, DomainEnum {
        case present
        /// Hidden by `DisclosureControl`: too few staff, or hidden so that such a group cannot be worked out.
        case suppressed
        /// Nobody on the staff list recorded in this group.
        case absent
    }

    public var group: String
    public var workforce: Presence
    /// Of the staff who disclosed; nil unless present.
    public var workforcePercent: Decimal?
    /// Of the area's population; nil when the community profile has no such group.
    public var communityPercent: Decimal?
    /// Workforce less community, in percentage points: negative when the group is
    /// under-represented on the staff. Nil unless both sides have a figure.
    public var difference: Decimal?

    public init(group: String, workforce: Presence, workforcePercent: Decimal?, communityPercent: Decimal?, difference: Decimal?) {
        self.group = group
        self.workforce = workforce
        self.workforcePercent = workforcePercent
        self.communityPercent = communityPercent
        self.difference = difference
    }

    public var inCommunity: Bool { communityPercent != nil }
}
