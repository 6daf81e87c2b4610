import Foundation

/// The staff list sorted into groups by one characteristic, and the figures for each
/// group against a reference group. Shared by the ethnicity and disability reports.
struct GroupPayGapCalculator {
    /// Disclosed records by group name.
    private(set) var members: [String: [StaffRecord]] = [:]
    let disclosure: GroupDisclosure

    /// `name` turns a disclosed, trimmed, non-empty value into its group's name. Names
    /// differing only in letter case are one group, under the first spelling met, since
    /// a list typed by hand often spells one category several ways.
    init(staff: [StaffRecord], characteristic: KeyPath<StaffRecord, CharacteristicValue>, name: (String) -> String) {
        var preferNotToSay = 0, notKnown = 0, blank = 0
        var spelling: [String: String] = [:]
        for record in staff {
            switch record[keyPath: characteristic] {
            case .preferNotToSay: preferNotToSay += 1
            case .notKnown: notKnown += 1
            case .blank: blank += 1
            case .value(let text):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else {
                    blank += 1
                    continue
                }
                let group = name(trimmed)
                let spelled = spelling[group.lowercased(), default: group]
                spelling[group.lowercased()] = spelled
                members[spelled, default: []].append(record)
            }
        }
        let total = Decimal(staff.count)
        let disclosed = staff.count - preferNotToSay - notKnown - blank
        disclosure = GroupDisclosure(
            preferNotToSay: DisclosureCount(count: preferNotToSay, percentage: PayGapMethod.percentage(Decimal(preferNotToSay), of: total)),
            notKnown: DisclosureCount(count: notKnown, percentage: PayGapMethod.percentage(Decimal(notKnown), of: total)),
            blank: DisclosureCount(count: blank, percentage: PayGapMethod.percentage(Decimal(blank), of: total)),
            disclosureRate: PayGapMethod.percentage(Decimal(disclosed), of: total))
    }

    func isSuppressed(_ group: String, reference: String) -> Bool {
        group != reference && members[group, default: []].count < GroupPayGap.minimumGroupSize
    }

    /// The reference group first (present even with nobody in it), then the others by name.
    func figures(reference: String) -> [GroupPayGapFigures] {
        let others = members.keys.filter { $0 != reference }.sorted()
        let base = members[reference, default: []]
        return ([reference] + others)
            .map { group -> GroupPayGapFigures in
                if isSuppressed(group, reference: reference) { return .suppressed(group) }
                let people = members[group, default: []]
                let isReference = group == reference
                func gap(_ measure: ([Decimal]) -> Decimal?, _ values: ([StaffRecord]) -> [Decimal]) -> Decimal? {
                    isReference ? nil : PayGapMethod.gap(men: measure(values(base)), women: measure(values(people)))
                }
                return GroupPayGapFigures(
                    group: group, employees: people.count, fullPayEmployees: Self.rates(people).count,
                    meanHourlyGap: gap(PayGapMethod.mean, Self.rates), medianHourlyGap: gap(PayGapMethod.median, Self.rates),
                    meanBonusGap: gap(PayGapMethod.mean, Self.bonuses), medianBonusGap: gap(PayGapMethod.median, Self.bonuses),
                    bonusProportion: PayGapMethod.percentage(Decimal(Self.bonuses(people).count), of: Decimal(people.count)),
                    suppressed: false)
            }
    }

    /// Every full-pay employee with a rate, suppressed groups' people under one label.
    func quartiles(reference: String) -> [[String: Decimal]] {
        var ranked: [(rate: Decimal, group: String)] = []
        for (group, people) in members {
            let label = isSuppressed(group, reference: reference) ? GroupPayGap.suppressedLabel : group
            ranked += Self.rates(people).map { ($0, label) }
        }
        return GroupQuartiles.percentages(ranked)
    }

    /// Hourly rates of those on full pay whose rate can be worked out.
    static func rates(_ people: [StaffRecord]) -> [Decimal] {
        people.filter(\.fullPay).compactMap { PayGapMethod.hourlyRate($0.pay) }
    }

    /// Bonus pay of everyone paid one, on full pay or not.
    static func bonuses(_ people: [StaffRecord]) -> [Decimal] {
        people.map(\.bonusPay).filter { $0 > 0 }
    }
}
