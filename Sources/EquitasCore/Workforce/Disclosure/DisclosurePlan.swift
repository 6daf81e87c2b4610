import Foundation

/// Which numbers about one characteristic of one staff list may be published, decided
/// once over every table any output shows (the profile, the tables by grade, and for
/// ethnicity and disability the pay gap groups, their quartiles and the collapsed
/// comparison), so that all outputs hide the same numbers and none gives back what
/// another hides. Built from aggregated counts; the pay gap arithmetic is not touched.
public struct DisclosurePlan: Sendable {
    /// The collapsed comparison's "everyone but the reference group".
    public static let collapsedKey = "\u{0}collapsed"

    public let control: DisclosureControl
    let hidden: Set<DisclosureCell>

    public func isHidden(_ cell: DisclosureCell) -> Bool { hidden.contains(cell) }

    /// Whether a group's head count (and so everything about it) is hidden.
    public func hidesGroup(_ name: String) -> Bool { hidden.contains(.group(Self.key(name))) }

    public static func key(_ name: String) -> String { name == collapsedKey ? name : ProfileGroupName.fold(name) }

    /// `reference` is the pay gap's reference group (ethnicity: by default
    /// `GroupPayGap.defaultEthnicityReference`; disability: "not disabled").
    public static func build(
        _ records: [StaffRecord], characteristic: StaffCharacteristic, reference: String? = nil, control: DisclosureControl = .standard
    ) -> DisclosurePlan {
        build(CharacteristicTally(records, characteristic: characteristic), reference: reference, control: control)
    }

    /// The plan from the characteristic's counts: the same as from the records they count.
    public static func build(_ tally: CharacteristicTally, reference: String? = nil, control: DisclosureControl = .standard) -> DisclosurePlan {
        var table = SuppressionTable<DisclosureCell>()
        let rows = GradeRows(tally, control: control)
        let order = tally.groups.map(ProfileGroupName.fold)
        let whole = GroupTally(tally)
        let disclosed = whole.disclosed
        table.cell(.disclosed, Double(disclosed), fixed: true)
        for key in order { table.cell(.group(key), Double(whole.counts[key]!)) }
        table.sum(order.map { .group($0) }, equals: .disclosed)
        table.cell(.notDisclosed, Double(whole.total - disclosed), fixed: true)
        for row in rows.names {
            let inRow = GroupTally(tally, grades: rows.grades(in: row))
            table.cell(.grade(row), Double(rows.headcounts[row]!), fixed: true)
            for key in order { table.cell(.gradeGroup(row, key), Double(inRow.counts[key] ?? 0)) }
            // Shown, as the profile shows those who gave no group by reason: they say
            // nothing about anyone's characteristic, and a hidden one could only be
            // pinned by the published reasons' total anyway.
            table.cell(.gradeNotDisclosed(row), Double(inRow.notDisclosed), fixed: true)
            table.sum(order.map { .gradeGroup(row, $0) } + [.gradeNotDisclosed(row)], equals: .grade(row))
        }
        for key in order { table.sum(rows.names.map { .gradeGroup($0, key) }, equals: .group(key)) }
        table.sum(rows.names.map { .gradeNotDisclosed($0) }, equals: .notDisclosed)
        if let pay = tally.pay {
            addPay(&table, pay: pay, order: order, reference: ProfileGroupName.fold(reference ?? pay.reference),
                   collapsed: tally.characteristic == .ethnicity, control: control)
        }
        return DisclosurePlan(control: control, hidden: table.hidden(control))
    }

    /// The pay gap tables: each group split by full pay and by bonus, its quartile
    /// counts, and (for ethnicity) everyone but the reference as one more group.
    private static func addPay(
        _ table: inout SuppressionTable<DisclosureCell>, pay: GroupPayTally, order: [String], reference: String, collapsed: Bool,
        control: DisclosureControl
    ) {
        var fullPay = Dictionary(uniqueKeysWithValues: zip(order, pay.fullPay))
        var bonus = Dictionary(uniqueKeysWithValues: zip(order, pay.bonus))
        let bands = pay.bands.map { Dictionary(uniqueKeysWithValues: zip(order, $0)) }
        let sizes = PayQuartiles.bandSizes(count: pay.ranked)
        let others = order.filter { $0 != reference }
        var groups = order
        if collapsed, !others.isEmpty {
            let key = collapsedKey
            groups.append(key)
            table.cell(.group(key), others.reduce(0) { $0 + (table.value(.group($1)) ?? 0) })
            table.sum(others.map { .group($0) }, equals: .group(key))
            fullPay[key] = others.reduce(0) { $0 + fullPay[$1, default: 0] }
            bonus[key] = others.reduce(0) { $0 + bonus[$1, default: 0] }
        }
        for key in groups {
            let people = table.value(.group(key)) ?? 0
            table.cell(.fullPay(key), Double(fullPay[key, default: 0]))
            table.cell(.otherPay(key), people - Double(fullPay[key, default: 0]))
            table.sum([.fullPay(key), .otherPay(key)], equals: .group(key))
            table.cell(.bonus(key), Double(bonus[key, default: 0]))
            table.cell(.noBonus(key), people - Double(bonus[key, default: 0]))
            table.sum([.bonus(key), .noBonus(key)], equals: .group(key))
        }
        // When fewer than the threshold of everyone who gave a group are off full pay, that
        // small number is the disclosed total less the quartiles' sizes, and it bounds every
        // group's count off full pay. So nothing that adds up to everyone on full pay goes
        // out: no group's count on full pay or off it, no quartile's size, and no share of
        // a quartile (a share gives its size back). The gaps themselves still go out,
        // under their own thresholds.
        let disclosed = order.reduce(0) { $0 + (table.value(.group($1)) ?? 0) }
        let fewOffFullPay = control.isSmall(disclosed - Double(pay.ranked))
        for (band, size) in sizes.enumerated() {
            table.cell(.band(band), Double(size), fixed: !fewOffFullPay)
            for key in order { table.cell(.bandGroup(band, key), Self.double(bands[band][key] ?? 0)) }
            table.sum(order.map { .bandGroup(band, $0) }, equals: .band(band))
        }
        for key in order {
            table.sum(sizes.indices.map { .bandGroup($0, key) }, equals: .fullPay(key))
            // A group's quartile shares add up to its count on full pay: when that count is
            // hidden, so are all its shares, or their sum would give it back.
            table.hideTogether(.fullPay(key), with: sizes.indices.map { .bandGroup($0, key) })
        }
        // The quartiles' sizes add up to everyone on full pay, so the groups' full-pay
        // counts do too: one hidden alone would be given back by subtraction.
        table.cell(.fullPayTotal, Double(pay.ranked), fixed: !fewOffFullPay)
        table.sum(order.map { .fullPay($0) }, equals: .fullPayTotal)
        // And so do those not on full pay (everyone who gave a group, less those on it).
        table.cell(.otherPayTotal, disclosed - Double(pay.ranked), fixed: !fewOffFullPay)
        table.sum(order.map { .otherPay($0) }, equals: .otherPayTotal)
        if groups.last == collapsedKey { addCollapsed(&table, others: others, reference: reference, bands: sizes.indices) }
        if fewOffFullPay {
            table.withhold([.fullPayTotal, .otherPayTotal] + groups.flatMap { [.fullPay($0), .otherPay($0)] }
                + sizes.indices.flatMap { band in [.band(band)] + groups.map { .bandGroup(band, $0) } })
        }
    }

    /// Everyone but the reference group as one more group, and the sums that tie it to
    /// its parts and, with the reference, to the whole.
    private static func addCollapsed(
        _ table: inout SuppressionTable<DisclosureCell>, others: [String], reference: String, bands: Range<Int>
    ) {
        let key = collapsedKey
        // The reference and everyone else make up the whole, on full pay and off it.
        table.sum([.fullPay(reference), .fullPay(key)], equals: .fullPayTotal)
        table.sum([.otherPay(reference), .otherPay(key)], equals: .otherPayTotal)
        for band in bands {
            table.cell(.bandGroup(band, key), others.reduce(0) { $0 + (table.value(.bandGroup(band, $1)) ?? 0) })
            table.sum(others.map { .bandGroup(band, $0) }, equals: .bandGroup(band, key))
            table.sum([.bandGroup(band, reference), .bandGroup(band, key)], equals: .band(band))
        }
        table.sum(bands.map { .bandGroup($0, key) }, equals: .fullPay(key))
        table.sum(others.map { .fullPay($0) }, equals: .fullPay(key))
        table.sum(others.map { .otherPay($0) }, equals: .otherPay(key))
        table.sum(others.map { .bonus($0) }, equals: .bonus(key))
        table.sum(others.map { .noBonus($0) }, equals: .noBonus(key))
    }

    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }
}
