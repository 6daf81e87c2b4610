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
        // Each value as written, once: a list of a million people holds a handful of
        // spellings, and trimming and folding each row's afresh (folding makes a locale
        // every time) was most of an ethnicity report's time. Nil for only spaces.
        var groupOf: [String: String?] = [:]
        for record in staff {
            switch record[keyPath: characteristic] {
            case .preferNotToSay: preferNotToSay += 1
            case .notKnown: notKnown += 1
            case .blank: blank += 1
            case .value(let text):
                let known: String?? = groupOf[text]
                let spelled: String?
                if let known {
                    spelled = known
                } else {
                    let trimmed = text.trimmingCharacters(in: .whitespaces)
                    if trimmed.isEmpty {
                        spelled = nil
                    } else {
                        let group = name(trimmed)
                        // Folded as the profile folds names, so both mean the same group.
                        let folded = ProfileGroupName.fold(group)
                        spelled = spelling[folded, default: group]
                        spelling[folded] = spelled
                    }
                    groupOf[text] = .some(spelled)
                }
                guard let spelled else {
                    blank += 1
                    continue
                }
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

    /// The reference group first (present even with nobody in it), then the others by
    /// name. `key` names a group as `plan` knows it. A group the plan hides shows nothing;
    /// for one it shows, the gaps need `control.threshold` people on each side (on full
    /// pay for the hourly gaps, paid a bonus for the bonus gaps), and a count whose
    /// other part the plan hides is held back.
    func figures(reference: String, plan: DisclosurePlan, key: (String) -> String = { $0 }) -> [GroupPayGapFigures] {
        let control = plan.control
        let others = members.keys.filter { $0 != reference }.sorted()
        let base = members[reference, default: []]
        let baseRates = Self.rates(base), baseBonuses = Self.bonuses(base)
        return ([reference] + others)
            .map { group -> GroupPayGapFigures in
                let cell = DisclosurePlan.key(key(group))
                if plan.isHidden(.group(cell)) { return .suppressed(group, control: control) }
                let people = members[group, default: []]
                let rates = Self.rates(people), bonuses = Self.bonuses(people)
                let isReference = group == reference
                var withheld: [WithheldFigure] = []
                let hourlyShown = isReference || (rates.count >= control.threshold && baseRates.count >= control.threshold)
                let bonusShown = isReference || (bonuses.count >= control.threshold && baseBonuses.count >= control.threshold)
                if !hourlyShown {
                    let reason = "\(control.withheldText): \(control.fewerThan) employees on full pay in this group or in the reference group"
                    withheld += ["mean_hourly_gap", "median_hourly_gap"].map { WithheldFigure(figure: $0, reason: reason) }
                }
                if !bonusShown {
                    let reason = "\(control.withheldText): \(control.fewerThan) people paid a bonus in this group or in the reference group"
                    withheld += ["mean_bonus_gap", "median_bonus_gap"].map { WithheldFigure(figure: $0, reason: reason) }
                }
                let fullPayShown = !plan.isHidden(.fullPay(cell)) && !plan.isHidden(.otherPay(cell))
                if !fullPayShown {
                    withheld.append(WithheldFigure(figure: "full_pay_employees", reason: "\(control.withheldText): \(control.fewerThan) on full pay or not on full pay, or hidden so that such a count cannot be worked out"))
                }
                let proportionShown = !plan.isHidden(.bonus(cell)) && !plan.isHidden(.noBonus(cell))
                if !proportionShown {
                    withheld.append(WithheldFigure(figure: "bonus_proportion", reason: "\(control.withheldText): \(control.fewerThan) paid a bonus or not paid one, or hidden so that such a count cannot be worked out"))
                }
                func gap(_ shown: Bool, _ measure: ([Decimal]) -> Decimal?, _ reference: [Decimal], _ values: [Decimal]) -> Decimal? {
                    isReference || !shown ? nil : PayGapMethod.gap(men: measure(reference), women: measure(values))
                }
                return GroupPayGapFigures(
                    group: group, employees: people.count, fullPayEmployees: fullPayShown ? rates.count : nil,
                    meanHourlyGap: gap(hourlyShown, PayGapMethod.mean, baseRates, rates),
                    medianHourlyGap: gap(hourlyShown, PayGapMethod.median, baseRates, rates),
                    meanBonusGap: gap(bonusShown, PayGapMethod.mean, baseBonuses, bonuses),
                    medianBonusGap: gap(bonusShown, PayGapMethod.median, baseBonuses, bonuses),
                    bonusProportion: proportionShown ? PayGapMethod.percentage(Decimal(bonuses.count), of: Decimal(people.count)) : nil,
                    suppressed: false, withheld: withheld)
            }
    }

    /// Each band's shares by group; the shares the plan hides are added together under
    /// `DisclosureControl.pooledLabel`, and named, band by band, in `withheld`.
    func quartiles(plan: DisclosurePlan, key: (String) -> String = { $0 }) -> (shares: [[String: Decimal]], withheld: [[String]]) {
        var ranked: [(rate: Decimal, group: String)] = []
        for (group, people) in members { ranked += Self.rates(people).map { ($0, group) } }
        let sizes = PayQuartiles.bandSizes(count: ranked.count)
        var shares: [[String: Decimal]] = [], withheld: [[String]] = []
        for (band, (counts, size)) in zip(GroupQuartiles.counts(ranked), sizes).enumerated() {
            var shown: [String: Decimal] = [:], pooled = Decimal(0), hidden: [String] = []
            for (group, count) in counts {
                if plan.isHidden(.bandGroup(band, DisclosurePlan.key(key(group)))) {
                    pooled += count
                    hidden.append(group)
                } else {
                    shown[group] = PayGapMethod.percentage(count, of: Decimal(size))
                }
            }
            if hidden.count == 1 {
                // One hidden group beside shown ones (zeros, when nobody else can be hidden):
                // the band's shares are pooled whole, so the pool never stands for one group.
                hidden = counts.keys.sorted()
                pooled = Decimal(size)
                shown = [:]
            }
            if !hidden.isEmpty { shown[plan.control.pooledLabel] = PayGapMethod.percentage(pooled, of: Decimal(size)) }
            shares.append(shown)
            withheld.append(hidden.sorted())
        }
        return (shares, withheld)
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
